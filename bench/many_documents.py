#!/usr/bin/env python3
"""Writes a corpus of many short plain-text documents, to measure what a run costs per document
rather than per byte: `--documents 1000000` makes a million files of one sentence each, a thousand
to a folder. The sentences are our own, in Italian and English.

    python3 bench/many_documents.py --documents 1000000 --out /dev/shm/million
    /usr/bin/time -v build/bin/strata annotate /dev/shm/million -o /dev/shm/out -p tokens -j 2 -q
"""
import argparse
import pathlib
import sys

SENTENCES = [
    "Il trattato è stato firmato a Mosca da Vladimir Putin il 19 giugno 2024.\n",
    "The committee met in Geneva on March 3, 2021, and approved the report.\n",
    "La Corte ha respinto il ricorso presentato dal Comune di Napoli.\n",
    "Researchers in Oslo said the results were better than expected.\n",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, required=True, help="how many files to write")
    parser.add_argument("--per-folder", type=int, default=1000, help="files in each folder")
    parser.add_argument("--out", type=pathlib.Path, required=True, help="a new or empty folder")
    args = parser.parse_args()
    if args.documents < 1 or args.per_folder < 1:
        sys.exit("many_documents.py: --documents and --per-folder need at least 1")
    if args.out.exists() and any(args.out.iterdir()):
        sys.exit(f"many_documents.py: {args.out} is not empty")
    for number in range(args.documents):
        folder = args.out / f"part{number // args.per_folder:04d}"
        if number % args.per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"document-{number % args.per_folder:04d}.txt"
        path.write_text(SENTENCES[number % len(SENTENCES)], encoding="utf-8")
    print(f"{args.documents} documents in {args.out}")


if __name__ == "__main__":
    main()
