#!/usr/bin/env python3
"""Rebuild the texts of the Italian Wikinews gold sets from KIND, which the repository does not hold.

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
Exits 1 with a one-line message on the first problem. Python 3 standard library only.
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "quotations-it" / "documents.tsv"
GOLD_SETS = ("quotations-it", "entity-sentiment-it")


class RestoreError(Exception):
    """A problem, reported in one line."""


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
        run = subprocess.run([str(strata), "eval", "--gold", str(kind), "--gold-format", "conll",
                              "--write-text", scratch], capture_output=True, text=True)
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


def restore_gold(gold_set, texts, out):
    """Writes the gold files of `gold_set` with their text in place of its sha256."""
    (out / gold_set).mkdir(parents=True, exist_ok=True)
    for path in sorted((HERE / gold_set / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = texts.get(path.stem)
        if text is None:
            raise RestoreError(f"{path}: no document {path.stem} in {DOCUMENTS}")
        if gold.get("text_sha256") != hashlib.sha256(text).hexdigest():
            raise RestoreError(f"{path}: text_sha256 is not that of {path.stem}'s text")
        restored = {("text" if key == "text_sha256" else key):
                    (text.decode("utf-8") if key == "text_sha256" else value)
                    for key, value in gold.items()}
        with open(out / gold_set / path.name, "w", encoding="utf-8") as file:
            json.dump(restored, file, ensure_ascii=False, indent=1)
            file.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strata", type=Path, required=True, help="the strata program")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--kind", type=Path, default=None, help="KIND's WN_dev.tsv")
    args = parser.parse_args()
    try:
        documents = read_documents()
        texts = restore_texts(sentences_of(args.strata, args.kind or default_kind()), documents,
                              args.out)
        for gold_set in GOLD_SETS:
            restore_gold(gold_set, texts, args.out)
    except (RestoreError, OSError, ValueError) as e:
        print(f"restore-wn-dev: {e}", file=sys.stderr)
        return 1
    print(f"restore-wn-dev: {len(texts)} documents and their gold files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
