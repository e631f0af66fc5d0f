#!/usr/bin/env python3
"""Runs strata, wink-nlp and NLTK's VADER over the same English corpus in one run and prints each
one's MB per CPU second and strata's ratio to the others. CPU time, not wall time, so that the
ratios hold on a machine other work shares.

strata: `strata annotate EN -o OUT -p tokens,entities,sentiment -l en -f json -j 1 --timings=json`,
timed whole (start-up, reading, annotating, writing), and by its plugins' phases alone (what
--timings reports), which is what the others' clocks measure. wink-nlp: entities and document and
sentence sentiment (bench/compare/wink_run.js), timed after the files are read and the model
loaded, its results left in memory. NLTK VADER: compound scores of each document and each line
(bench/compare/vader_run.py), timed after the files are read; it finds no entities, so it is
compared with strata's sentiment alone. One core each. The tools are installed
by scripts/bench-deps.
"""
import argparse
import json
import pathlib
import resource
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
COMPARE = ROOT / "bench" / "compare"


def english_corpus(corpus, folder):
    """The English documents of the bench corpus (VADER snippets, LitBank, eyecite), copied."""
    shutil.rmtree(folder, ignore_errors=True)
    for path in sorted(corpus.rglob("*.txt")):
        relative = path.relative_to(corpus)
        if any(part in ("vader", "litbank", "eyecite") for part in relative.parts):
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return sum(p.stat().st_size for p in folder.rglob("*.txt"))


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_strata(strata, corpus, out, chain):
    """CPU seconds of the whole run (steadier than wall time when other work shares the machine),
    and of its plugins alone, as --timings measures them."""
    shutil.rmtree(out, ignore_errors=True)
    before = children_cpu_seconds()
    run = subprocess.run([str(strata), "annotate", str(corpus), "-o", str(out), "-p", chain,
                          "-l", "en", "-f", "json", "-j", "1", "-q", "--timings=json"],
                         check=True, capture_output=True, text=True)
    whole = children_cpu_seconds() - before
    timings = json.loads(run.stderr.strip().splitlines()[-1])
    plugins = sum(p["seconds"] for p in timings["phases"] if p["name"] not in ("reading", "writing"))
    return whole, plugins


def run_json(command):
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=pathlib.Path, default=ROOT / "build")
    parser.add_argument("--corpus", type=pathlib.Path, required=True, help="the bench corpus")
    parser.add_argument("--work", type=pathlib.Path, default=pathlib.Path("/tmp/strata-compare"))
    parser.add_argument("--lexicon", type=pathlib.Path,
                        default=ROOT.parent / "shared" / "data" / "vader" / "vader_lexicon.txt")
    parser.add_argument("--runs", type=int, default=3, help="the best of this many runs counts")
    args = parser.parse_args()

    english = args.work / "english"
    size = english_corpus(args.corpus, english)
    mb = size / 1e6
    print(f"English corpus: {mb:.1f} MB ({len(list(english.rglob('*.txt')))} documents)")
    strata = args.build / "bin" / "strata"
    node_modules = COMPARE / "node_modules"
    if not (node_modules / "wink-nlp").exists():
        sys.exit("wink-nlp is not installed: run scripts/bench-deps")

    results = {}
    for run in range(args.runs):
        full_run, full_plugins = time_strata(strata, english, args.work / "out",
                                             "tokens,entities,sentiment")
        sentiment_run, sentiment_plugins = time_strata(strata, english, args.work / "out",
                                                       "tokens,sentiment")
        timings = {
            "strata tokens,entities,sentiment": full_run,
            "  the same, its plugins alone": full_plugins,
            "strata tokens,sentiment": sentiment_run,
            "  the same, its plugins alone (sentiment)": sentiment_plugins,
            "wink-nlp": run_json(["node", str(COMPARE / "wink_run.js"), str(english)])["seconds"],
            "nltk-vader": run_json(["/usr/bin/python3", str(COMPARE / "vader_run.py"),
                                    str(english), str(args.lexicon)])["seconds"],
        }
        for tool, seconds in timings.items():
            results[tool] = min(results.get(tool, seconds), seconds)
    for tool, seconds in results.items():
        print(f"{tool:42s} {seconds:7.2f} CPU s  {mb / seconds:7.2f} MB per CPU second")
    wink, vader = results["wink-nlp"], results["nltk-vader"]
    print("strata (entities + sentiment) / wink-nlp: "
          f"{wink / results['strata tokens,entities,sentiment']:.1f}x whole run, "
          f"{wink / results['  the same, its plugins alone']:.1f}x annotating alone")
    print("strata (sentiment) / NLTK VADER:          "
          f"{vader / results['strata tokens,sentiment']:.1f}x whole run, "
          f"{vader / results['  the same, its plugins alone (sentiment)']:.1f}x annotating alone")


if __name__ == "__main__":
    main()
