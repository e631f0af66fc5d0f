#!/usr/bin/env python3
"""Peak memory and time of one large document against the bound: 200 MB plus 3 times the input.

MB are 10^6 bytes, of files and of memory (/usr/bin/time's kilobytes over 1000).

Joins the bench corpus's texts into one text of --mb MB, annotates it with --chain into Strata's
TEI (or JSON), and then, with --reread, annotates that output again with the plugins of
--reread (as a run in steps does), each under /usr/bin/time -v. Prints, for each run, the input's
size, the peak resident memory, the bound, and the wall and CPU time:

  python3 bench/large_document.py --corpus /dev/shm/corpus --mb 20 --chain tokens --reread legal

With --lemmas the text is first tokenized into JSON (not measured) and every token given the
string features `lemma`, `pos` and `msd`, as a tokenizer of one's own that lemmatises would
give them; --chain then runs on that JSON (a `tokens` in it is skipped), so that the TEI it
writes has them on its w and pc, and --reread reads that TEI back:

  python3 bench/large_document.py --corpus /dev/shm/corpus --mb 10 --lemmas --reread tokens
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def joined_text(corpus, size, out):
    """The corpus's texts in path order, joined and cut at `size` bytes, on a character."""
    parts, total = [], 0
    for path in sorted(corpus.rglob("*.txt")):
        parts.append(path.read_bytes()[: size - total])
        total += len(parts[-1])
        if total >= size:
            break
    data = b"".join(parts)
    # A cut inside a UTF-8 sequence would make the text invalid: an unfinished last character
    # is left out.
    end = len(data)
    lead = end - 1
    while lead > 0 and end - lead < 4 and (data[lead] & 0xC0) == 0x80:
        lead -= 1
    if lead >= 0 and data[lead] >= 0xC0:
        length = 2 if data[lead] < 0xE0 else 3 if data[lead] < 0xF0 else 4
        if end - lead < length:
            end = lead
    out.write_bytes(data[:end])


# A part of speech and a morphosyntactic description (longer than 15 bytes, as real ones mostly
# are) by token kind; a word, or a token of a kind not listed, gets PROPN or NOUN by its first
# letter.
TAGS = {
    "punct": ("PUNCT", "PunctType=Peri"),
    "number": ("NUM", "NumType=Card|NumForm=Digit"),
}
NAME = ("PROPN", "Gender=Masc|Number=Sing")
NOUN = ("NOUN", "Gender=Fem|Number=Plur")


def lemmatised(strata, text, work):
    """A JSON file of `text` tokenized, each token with lemma (its form in lower case), pos, msd."""
    tokens = work / "tokens.json"
    command = [str(strata), "annotate", str(text), "-o", str(tokens), "-p", "tokens", "-f", "json",
               "-q"]
    if subprocess.run(command).returncode != 0:
        sys.exit("bench: strata failed tokenizing the text")
    document = json.loads(tokens.read_bytes())
    for token in document["layers"]["tokens"]:
        form = document["text"][token["begin"]:token["end"]]  # offsets count code points
        kind = token["features"].get("kind", "word")
        tag = TAGS.get(kind) or (NAME if form[:1].isupper() else NOUN)
        token["features"].update({"lemma": form.lower(), "pos": tag[0], "msd": tag[1]})
    target = work / "lemmas.json"
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target


def measured(strata, source, target, chain, output_format, window):
    command = [str(strata), "annotate", str(source), "-o", str(target), "-p", chain, "-f",
               output_format, "-q"]
    if window is not None:
        command += ["--window", window]
    result = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: strata failed ({result.returncode}):\n{result.stderr[-2000:]}")

    def field(name):
        return re.search(re.escape(name) + r": (\S+)", result.stderr).group(1)

    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    peak = int(field("Maximum resident set size (kbytes)")) / 1000
    size = source.stat().st_size / 1e6
    bound = 200 + 3 * size
    verdict = "within" if peak <= bound else "OVER"
    print(f"{source.name} ({size:.1f} MB) -p {chain}: peak {peak:.0f} MB, bound {bound:.0f} MB "
          f"({verdict}); {wall:.2f} s wall, {cpu:.2f} s CPU")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=pathlib.Path, default=ROOT / "build")
    parser.add_argument("--corpus", type=pathlib.Path, required=True,
                        help="made by bench/make_corpus.py")
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--chain", default="tokens")
    parser.add_argument("--format", default="tei", choices=["tei", "json"])
    parser.add_argument("--window", help="as strata's --window (default: strata's)")
    parser.add_argument("--reread", help="plugins to run on the output, as a second step")
    parser.add_argument("--lemmas", action="store_true",
                        help="tokens with lemma, pos and msd features, read from JSON")
    args = parser.parse_args()
    strata = args.build / "bin" / "strata"
    shm = pathlib.Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=shm if shm.is_dir() else None) as work:
        work = pathlib.Path(work)
        text = work / "large.txt"
        joined_text(args.corpus, int(args.mb * 1e6), text)
        source = lemmatised(strata, text, work) if args.lemmas else text
        first = work / ("large." + ("xml" if args.format == "tei" else "json"))
        measured(strata, source, first, args.chain, args.format, args.window)
        if args.reread:
            measured(strata, first, work / ("again." + first.suffix[1:]), args.reread, args.format,
                     None)


if __name__ == "__main__":
    main()
