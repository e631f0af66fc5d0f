#!/usr/bin/env python3
"""Turns LitBank's quotation annotations into Strata gold documents for `strata eval`.

For each book with annotations in LITBANK (tsv/NAME.txt, one tokenized sentence a line, and
tsv/NAME.ann, QUOTE and ATTRIB rows) writes OUT/text/NAME.txt (the text as it is) and
OUT/gold/NAME.json (Strata JSON with a `quotations` layer: each quote's content without its
quote marks, type `quote`, feature `speaker_name` from the speaker's entity id, e.g.
"Winnie_Verloc-3" -> "Winnie Verloc"). Then:

  strata annotate OUT/text -o OUT/pred -p tokens,entities,quotations -f json -l en \\
      --set tokens.paragraphs=blank-lines
  strata eval --gold OUT/gold --pred OUT/pred --layer quotations --labels quote

LitBank's text has no paragraphs (a sentence a line), hence blank-lines: the whole excerpt is one
paragraph and quotes that run over several sentences stay whole.
"""
import argparse
import json
import pathlib
import re
import sys

MARKS = {"“", "”", '"', "‘", "’", "``", "''"}


def speaker_name(entity_id):
    return re.sub(r"-\d+$", "", entity_id).replace("_", " ")


def token_offsets(lines):
    """(sentence, token) -> (begin, end) in code points of the text the lines make."""
    offsets, at = {}, 0
    for s, line in enumerate(lines):
        for t, token in enumerate(line.split(" ")):
            offsets[(s, t)] = (at, at + len(token))
            at += len(token) + 1
    return offsets


def quotations(ann, lines):
    offsets = token_offsets(lines)
    quotes, speakers = {}, {}
    for row in ann.splitlines():
        cells = row.split("\t")
        if cells[0] == "QUOTE":
            first, last = (int(cells[2]), int(cells[3])), (int(cells[4]), int(cells[5]))
            tokens = [k for k in offsets if first <= k <= last]
            tokens.sort()
            while tokens and lines[tokens[0][0]].split(" ")[tokens[0][1]] in MARKS:
                tokens.pop(0)
            while tokens and lines[tokens[-1][0]].split(" ")[tokens[-1][1]] in MARKS:
                tokens.pop()
            if tokens:
                quotes[cells[1]] = (offsets[tokens[0]][0], offsets[tokens[-1]][1])
        elif cells[0] == "ATTRIB":
            speakers[cells[1]] = speaker_name(cells[2])
    layer = []
    for quote_id, (begin, end) in sorted(quotes.items(), key=lambda item: item[1]):
        features = {}
        if quote_id in speakers:
            features["speaker_name"] = speakers[quote_id]
        layer.append({"id": len(layer), "begin": begin, "end": end, "type": "quote",
                      "features": features})
    return layer


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = pathlib.Path(__file__).resolve().parent.parent
    parser.add_argument("--litbank", type=pathlib.Path,
                        default=root.parent / "shared" / "data" / "litbank_quotations" / "tsv")
    parser.add_argument("out", type=pathlib.Path)
    args = parser.parse_args()
    books = 0
    for ann_path in sorted(args.litbank.glob("*.ann")):
        ann = ann_path.read_text(encoding="utf-8")
        if not ann.strip():
            continue
        lines = ann_path.with_suffix(".txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
        text = "\n".join(lines) + "\n"
        name = ann_path.stem
        (args.out / "text").mkdir(parents=True, exist_ok=True)
        (args.out / "gold").mkdir(parents=True, exist_ok=True)
        (args.out / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        document = {"id": name, "lang": "en", "text": text,
                    "layers": {"quotations": quotations(ann, lines)}}
        with open(args.out / "gold" / f"{name}.json", "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False)
        books += 1
    if books == 0:
        sys.exit(f"litbank-gold: no annotated book in {args.litbank}")
    print(f"litbank-gold: {books} books written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
