#!/usr/bin/env python3
"""Measures strata's throughput (MB/s per core) and peak memory on the benchmark corpus.

Runs `strata annotate CORPUS -o OUT -p CHAIN -f FORMAT -j JOBS` several times under
/usr/bin/time -v and reports the median wall time, MB/s per core (corpus MB / seconds / jobs)
and the largest peak resident memory, then the median CPU time of each phase (reading, each
plugin, writing) as `--timings=json` reports it.
"""
import argparse
import json
import pathlib
import re
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def corpus_bytes(folder):
    return sum(p.stat().st_size for p in folder.rglob("*.txt"))


def timed_run(command):
    result = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: strata failed ({result.returncode}):\n{result.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    timings = next(json.loads(line) for line in result.stderr.splitlines() if line.startswith("{"))
    user = float(re.search(r"User time \(seconds\): (\S+)", result.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", result.stderr).group(1))
    seconds = 0.0
    for part in wall.group(1).split(":"):
        seconds = seconds * 60 + float(part)
    return seconds, user + system, int(rss.group(1)) / 1024, timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=pathlib.Path, default=ROOT / "build")
    parser.add_argument("--data", type=pathlib.Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--corpus", type=pathlib.Path, help="default: BUILD/bench/corpus")
    parser.add_argument("--out", type=pathlib.Path,
                        help="output folder, default BUILD/bench/out; a tmpfs such as "
                        "/dev/shm/strata-out measures computation without the disk's file creation")
    parser.add_argument("--chain", default="tokens", help="plugins, as for -p; 'default' for "
                        "the default chain")
    parser.add_argument("--format", default="tei", choices=["tei", "json"])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    strata = args.build / "bin" / "strata"
    if not strata.exists():
        sys.exit(f"bench: {strata} not found; build first (scripts/build)")
    corpus = args.corpus or args.build / "bench" / "corpus"
    if not corpus.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--data",
                        str(args.data), "--out", str(corpus)], check=True)
    size = corpus_bytes(corpus)
    out = args.out or args.build / "bench" / "out"

    command = [str(strata), "annotate", str(corpus), "-o", str(out), "-f", args.format,
               "-j", str(args.jobs), "-q", "--timings=json"]
    if args.chain != "default":
        command += ["-p", args.chain]
    seconds, cpu_seconds, peaks, phases = [], [], [], {}
    for run in range(args.runs):
        shutil.rmtree(out, ignore_errors=True)
        wall, cpu, peak, timings = timed_run(command)
        for phase in timings["phases"]:
            phases.setdefault(phase["name"], []).append(phase["seconds"])
        phases.setdefault("other", []).append(timings["other_seconds"])
        seconds.append(wall)
        cpu_seconds.append(cpu)
        peaks.append(peak)
        print(f"run {run + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MB",
              file=sys.stderr)
    median = statistics.median(seconds)
    cpu = statistics.median(cpu_seconds)
    mb = size / 1e6
    # Wall time per core is what a user sees; CPU time is steadier when other work shares the
    # machine.
    print(f"chain={args.chain} format={args.format} jobs={args.jobs} corpus={mb:.1f} MB: "
          f"median {median:.2f} s wall, {mb / median / args.jobs:.1f} MB/s per core; "
          f"median {cpu:.2f} s CPU, {mb / cpu:.1f} MB per CPU second; "
          f"peak memory {max(peaks):.0f} MB")
    for name, values in phases.items():
        phase = statistics.median(values)
        speed = f"{mb / phase:8.1f} MB per CPU second" if phase > 0 and name != "other" else ""
        print(f"  {name:12s} median {phase:6.3f} s CPU {speed}")


if __name__ == "__main__":
    main()
