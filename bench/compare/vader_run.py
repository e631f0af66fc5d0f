#!/usr/bin/python3
"""Runs NLTK's VADER over every *.txt below a folder: the compound score of each document and of
each of its lines, with the lexicon file given (Debian's python3-nltk does not ship it). Prints
one JSON line: documents, bytes, CPU seconds."""
import json
import os
import pathlib
import sys
import tempfile
import time

from nltk.sentiment.vader import SentimentIntensityAnalyzer

folder, lexicon = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
# NLTK's loader fails on blank lines, which the shared copy of the lexicon ends with; it takes a
# "file:" URL for a file outside its data folders.
with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as clean:
    clean.write("\n".join(l for l in lexicon.read_text(encoding="utf-8").splitlines() if l.strip()))
analyzer = SentimentIntensityAnalyzer(lexicon_file="file:" + clean.name)
os.unlink(clean.name)
start = time.process_time()  # CPU time: steadier on a shared machine
for text in texts:
    analyzer.polarity_scores(text)
    for line in text.splitlines():
        if line.strip():
            analyzer.polarity_scores(line)
seconds = time.process_time() - start
print(json.dumps({"tool": "nltk-vader", "documents": len(texts),
                  "bytes": sum(len(t.encode("utf-8")) for t in texts), "seconds": seconds}))
