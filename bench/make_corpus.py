#!/usr/bin/env python3
"""Builds the benchmark corpus from ../shared/data: real Italian and English text made into
plain-text documents. The sources are not ours to redistribute, so the corpus is built on the
machine that runs the benchmark and never committed.

Sources: KIND (Italian news, fiction, De Gasperi's writings; tokens joined back into text), VADER's
review and tweet snippets, LitBank's novel excerpts (English), eyecite's opinion sample (English).
They add up to about 7 MB; to reach the requested size the set is repeated under new file names,
which the report says.
"""
import argparse
import pathlib
import re
import sys

NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]»%])")
NO_SPACE_AFTER = re.compile(r"([(\[«]) ")
ELISION = re.compile(r"(\w['’]) (?=\w)")


def detokenize(tokens):
    text = " ".join(tokens)
    text = NO_SPACE_BEFORE.sub(r"\1", text)
    text = NO_SPACE_AFTER.sub(r"\1", text)
    return ELISION.sub(r"\1", text)


def kind_documents(folder, sentences_per_document=40):
    """KIND: one token a line, blank line between sentences."""
    for tsv in sorted(folder.glob("*.tsv")):
        sentences, tokens = [], []
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.strip():
                tokens.append(line.split("\t")[0])
            elif tokens:
                sentences.append(detokenize(tokens))
                tokens = []
        if tokens:
            sentences.append(detokenize(tokens))
        for start in range(0, len(sentences), sentences_per_document):
            chunk = sentences[start:start + sentences_per_document]
            # Five sentences a paragraph, paragraphs separated by blank lines.
            paragraphs = [" ".join(chunk[i:i + 5]) for i in range(0, len(chunk), 5)]
            yield f"kind/{tsv.stem}-{start // sentences_per_document:04d}", "\n\n".join(paragraphs)


def snippet_documents(folder, snippets_per_document=50):
    """VADER: id, rating, text."""
    for txt in sorted(folder.glob("*_GroundTruth.txt")):
        texts = [line.split("\t", 2)[2] for line in
                 txt.read_text(encoding="utf-8", errors="replace").splitlines()
                 if line.count("\t") >= 2]
        for start in range(0, len(texts), snippets_per_document):
            chunk = texts[start:start + snippets_per_document]
            yield f"vader/{txt.stem}-{start // snippets_per_document:04d}", "\n\n".join(chunk)


def litbank_documents(folder):
    """LitBank: one tokenized sentence a line."""
    for txt in sorted(folder.glob("*.txt")):
        lines = txt.read_text(encoding="utf-8").splitlines()
        sentences = [detokenize(line.split(" ")) for line in lines if line.strip()]
        paragraphs = [" ".join(sentences[i:i + 6]) for i in range(0, len(sentences), 6)]
        yield f"litbank/{txt.stem}", "\n\n".join(paragraphs)


def all_documents(data):
    yield from kind_documents(data / "kind")
    yield from snippet_documents(data / "vader")
    yield from litbank_documents(data / "litbank_quotations" / "tsv")
    yield "eyecite/opinion_sample", (data / "eyecite" / "opinion_sample.txt").read_text(
        encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=pathlib.Path, required=True, help="../shared/data")
    parser.add_argument("--out", type=pathlib.Path, required=True, help="corpus folder to make")
    parser.add_argument("--min-mb", type=float, default=20.0, help="smallest corpus size, MB")
    args = parser.parse_args()

    documents = list(all_documents(args.data))
    unique_bytes = sum(len(text.encode("utf-8")) + 1 for _, text in documents)
    copies = max(1, -(-int(args.min_mb * 1e6) // unique_bytes))
    total = 0
    for copy in range(copies):
        for name, text in documents:
            path = args.out / f"copy{copy}" / f"{name}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text + "\n", encoding="utf-8")
            total += len(text.encode("utf-8")) + 1
    print(f"corpus: {len(documents) * copies} documents, {total / 1e6:.1f} MB "
          f"({unique_bytes / 1e6:.1f} MB of distinct text, repeated {copies}x) in {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
