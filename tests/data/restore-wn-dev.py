#!/usr/bin/env python3
"""Rebuild the text of the Italian Wikinews gold sets from KIND: the repository does not hold it.

`quotations-it` and `entity-sentiment-it` annotate the text of KIND's WN_dev.tsv. KIND's data may
not be copied into the project, so their gold files keep only the annotations and the sha256 of
each document's text (`text_sha256`). This script makes the text again from ../shared:

    strata eval --gold WN_dev.tsv --gold-format conll --write-text   (one sentence a line)

cuts it into the documents of quotations-it/documents.tsv, checks each against its sha256, and
writes into OUT:

    OUT/text/wn-dev-NN.txt               the 53 documents, as `strata annotate` input
    OUT/quotations-it/wn-dev-NN.json     the gold files with their text, for `strata eval --gold`
    OUT/entity-sentiment-it/wn-dev-NN.json

Usage: restore-wn-dev.py --strata BIN --out OUT [--kind WN_dev.tsv]
--kind defaults to $STRATA_SHARED_DIR/data/kind/WN_dev.tsv, else ../shared beside the repository.
The three folders replace those of an earlier run in OUT only once all is written; on the first
problem the script exits 1 with a one-line message and OUT's folders are as they were.
Python 3 standard library only.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "quotations-it" / "documents.tsv"
# Each gold set and the documents it must have: quotations-it all of them.
GOLD_SETS = {
    "quotations-it": None,
    "entity-sentiment-it": [f"wn-dev-{n:02d}" for n in range(1, 13)],
}


class RestoreError(Exception):
    """A problem, reported in one line."""


class ArgumentParser(argparse.ArgumentParser):
    """Bad arguments in one line and exit code 1, as every other problem."""

    def error(self, message):
        raise RestoreError(f"{message} (usage: restore-wn-dev.py --strata BIN --out OUT "
                           "[--kind WN_dev.tsv])")


def default_kind():
    shared = os.environ.get("STRATA_SHARED_DIR") or str(HERE.parent.parent.parent / "shared")
    return Path(shared) / "data" / "kind" / "WN_dev.tsv"


def read_documents():
    """(name, first sentence, sentence count, sha256) of each document, in order."""
    documents = []
    for number, line in enumerate(DOCUMENTS.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4 or not fields[1].isdigit() or not fields[2].isdigit():
            raise RestoreError(f"{DOCUMENTS}:{number}: expected name, first, sentences, sha256")
        documents.append((fields[0], int(fields[1]), int(fields[2]), fields[3]))
    return documents


def sentences_of(strata, kind):
    """KIND's sentences as `strata eval --write-text` detokenizes them, one a line."""
    if not kind.is_file():
        raise RestoreError(f"{kind}: not found (KIND's WN_dev.tsv, in ../shared/data/kind)")
    with tempfile.TemporaryDirectory() as scratch:
        # A path, never a name looked up on PATH: "./strata" must run that program.
        command = [os.path.abspath(strata), "eval", "--gold", str(kind), "--gold-format", "conll",
                   "--write-text", scratch]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            why = run.stderr.strip() or f"exit code {run.returncode}"
            raise RestoreError(f"{strata} eval --write-text failed: {why}")
        written = Path(scratch) / (kind.stem + ".txt")
        return written.read_bytes().split(b"\n")[:-1]


def restore_texts(sentences, documents, out):
    """Writes each document's text; returns its bytes by name."""
    (out / "text").mkdir(parents=True, exist_ok=True)
    texts = {}
    for name, first, count, sha256 in documents:
        if first - 1 + count > len(sentences):
            raise RestoreError(f"{name}: sentences {first}..{first + count - 1} of only "
                               f"{len(sentences)}: not the WN_dev.tsv these sets were made from")
        text = b"".join(line + b"\n" for line in sentences[first - 1:first - 1 + count])
        if hashlib.sha256(text).hexdigest() != sha256:
            raise RestoreError(f"{name}: the text made from WN_dev.tsv differs from the one "
                               "annotated (sha256): another version of KIND or of strata eval")
        (out / "text" / f"{name}.txt").write_bytes(text)
        texts[name] = text
    return texts


def read_gold(path):
    """A gold file as the repository holds it: a JSON object with text_sha256 and no text."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise RestoreError(f"{path}: cannot read JSON ({e})") from e
    if not isinstance(gold, dict) or "text" in gold or "text_sha256" not in gold:
        raise RestoreError(f"{path}: not a gold file with text_sha256 and without its text")
    return gold


def restore_gold(gold_set, expected, texts, out):
    """Writes the gold files of `gold_set` with their text in place of its sha256."""
    (out / gold_set).mkdir(parents=True, exist_ok=True)
    paths = sorted((HERE / gold_set / "gold").glob("*.json"))
    missing = sorted(set(expected or texts) - {path.stem for path in paths})
    if missing:
        raise RestoreError(f"{HERE / gold_set / 'gold'}: no gold file for {', '.join(missing)}")
    for path in paths:
        gold = read_gold(path)
        text = texts.get(path.stem)
        if text is None:
            raise RestoreError(f"{path}: no document {path.stem} in {DOCUMENTS}")
        if gold["text_sha256"] != hashlib.sha256(text).hexdigest():
            raise RestoreError(f"{path}: text_sha256 is not that of {path.stem}'s text")
        restored = {("text" if key == "text_sha256" else key):
                    (text.decode("utf-8") if key == "text_sha256" else value)
                    for key, value in gold.items()}
        with open(out / gold_set / path.name, "w", encoding="utf-8") as file:
            json.dump(restored, file, ensure_ascii=False, indent=1)
            file.write("\n")


def restore(args):
    """Writes everything into a hidden folder in OUT, then moves its folders up into OUT."""
    args.out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-wn-dev-", dir=args.out))
    try:
        texts = restore_texts(sentences_of(args.strata, args.kind or default_kind()),
                              read_documents(), staging)
        for gold_set, expected in GOLD_SETS.items():
            restore_gold(gold_set, expected, texts, staging)
        for folder in ("text", *GOLD_SETS):
            shutil.rmtree(args.out / folder, ignore_errors=True)
            (staging / folder).rename(args.out / folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return len(texts)


def main():
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strata", required=True, help="the strata program")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--kind", type=Path, default=None, help="KIND's WN_dev.tsv")
    try:
        args = parser.parse_args()
        documents = restore(args)
    except (RestoreError, OSError, ValueError) as e:
        print(f"restore-wn-dev: {e}", file=sys.stderr)
        return 1
    print(f"restore-wn-dev: {documents} documents and their gold files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
