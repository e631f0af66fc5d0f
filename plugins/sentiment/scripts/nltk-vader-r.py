#!/usr/bin/env python3
"""Pearson r of NLTK's VADER against the human mean on VADER's ground-truth sets, to set strata's
r beside the reference implementation's on the same items.

Usage (Debian's python3-nltk; its VADER lexicon is not packaged, so the shared one is given):
    /usr/bin/python3 plugins/sentiment/scripts/nltk-vader-r.py \\
        ../shared/data/vader/vader_lexicon.txt ../shared/data/vader/*_GroundTruth.txt
Each set file has lines `id<TAB>mean rating<TAB>text`; one line of output per set.
"""

import math
import os
import sys
import tempfile

from nltk.sentiment.vader import SentimentIntensityAnalyzer


def analyzer(lexicon_path):
    # NLTK's loader fails on blank lines, which the shared lexicon ends with, and takes a "file:"
    # URL for a file outside its data folders.
    with open(lexicon_path, encoding="utf-8") as f:
        lines = [line for line in f.read().splitlines() if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as clean:
        clean.write("\n".join(lines))
    try:
        return SentimentIntensityAnalyzer(lexicon_file="file:" + clean.name)
    finally:
        os.unlink(clean.name)


def pearson(xs, ys):
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return cov / math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    vader = analyzer(sys.argv[1])
    for path in sys.argv[2:]:
        scores, gold = [], []
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 3:
                    sys.exit(f"{path}:{number}: expected id, rating and text")
                gold.append(float(fields[1]))
                scores.append(vader.polarity_scores(fields[2])["compound"])
        print(f"{os.path.basename(path)}: {len(scores)} items, r {pearson(scores, gold):.4f}")


if __name__ == "__main__":
    main()
