#!/usr/bin/env python3
"""Score the entity-sentiment layer against tests/data/entity-sentiment-it, target by target.

`strata eval --layer entity-sentiment` counts spans; this scores each gold target once: the
prediction is the label of the predicted annotation over the target's first mention (the one
overlapping it most), or `neutral` when the plugin gave none there (it said nothing of the
target). It prints accuracy, the accuracy of always answering `neutral`, and the F1 of each class
and their mean (macro F1), on one of two halves split by document so that rules can be tuned on
one half and measured on the other:

    dev   wn-dev-01 .. wn-dev-06  (209 targets, the half to tune on)
    test  wn-dev-07 .. wn-dev-12  (217 targets, only measured)

Usage: score-entity-sentiment.py GOLD_DIR PRED_DIR [--split dev|test|all] [--errors]
Python 3 standard library only.
"""

import argparse
import json
import sys
from pathlib import Path

LABELS = ("positive", "neutral", "negative")
LAYER = "entity-sentiment"
SPLITS = {
    "dev": [f"wn-dev-{n:02d}" for n in range(1, 7)],
    "test": [f"wn-dev-{n:02d}" for n in range(7, 13)],
}
SPLITS["all"] = SPLITS["dev"] + SPLITS["test"]


class ScoreError(Exception):
    """A bad input, reported in one line."""


def layer_of(path, name):
    """The annotations of layer `name` in a Strata JSON file, and the document's text."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ScoreError(f"{path}: cannot read Strata JSON ({e})") from e
    layers = document.get("layers") if isinstance(document, dict) else None
    if not isinstance(layers, dict) or name not in layers:
        raise ScoreError(f"{path}: no layer '{name}'")
    return layers[name], document.get("text", "")


def predicted_label(gold, predictions):
    """The label of the prediction overlapping the gold span most; neutral if none does."""
    best, best_overlap = "neutral", 0
    for p in predictions:
        overlap = min(gold["end"], p["end"]) - max(gold["begin"], p["begin"])
        if overlap > best_overlap:
            best, best_overlap = p["type"], overlap
    return best, best_overlap > 0


def pairs_of(gold_dir, pred_dir, documents, errors):
    """(gold, predicted, covered) for every gold target of `documents`."""
    pairs = []
    for stem in documents:
        gold, text = layer_of(gold_dir / f"{stem}.json", LAYER)
        predictions, _ = layer_of(pred_dir / f"{stem}.json", LAYER)
        for g in gold:
            label, covered = predicted_label(g, predictions)
            if g["type"] not in LABELS or label not in LABELS:
                raise ScoreError(f"{stem}: label not among {', '.join(LABELS)}")
            pairs.append((g["type"], label, covered))
            if errors and label != g["type"]:
                name = g["features"].get("target", text[g["begin"]:g["end"]])
                print(f"{stem}\t{name}\tgold {g['type']}\tpred {label}")
    return pairs


def f1(pairs, label):
    tp = sum(1 for g, p, _ in pairs if g == label and p == label)
    predicted = sum(1 for _, p, _ in pairs if p == label)
    gold = sum(1 for g, _, _ in pairs if g == label)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def report(name, pairs):
    n = len(pairs)
    accuracy = sum(1 for g, p, _ in pairs if g == p) / n
    neutral = sum(1 for g, _, _ in pairs if g == "neutral") / n
    f1s = {label: f1(pairs, label) for label in LABELS}
    macro = sum(f1s.values()) / len(LABELS)
    # The baseline's macro F1: neutral's F1 when everything is called neutral, the others 0.
    baseline_macro = (2 * neutral / (1 + neutral)) / len(LABELS)
    covered = sum(1 for _, _, c in pairs if c)
    print(f"{name}: {n} targets, {covered} with a prediction over their first mention")
    print(f"  accuracy {accuracy:.3f}   all-neutral {neutral:.3f}")
    print("  F1 " + "  ".join(f"{label} {f1s[label]:.3f}" for label in LABELS) +
          f"   macro {macro:.3f}   all-neutral macro {baseline_macro:.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--split", choices=sorted(SPLITS), default="all")
    parser.add_argument("--errors", action="store_true", help="print each wrong target")
    args = parser.parse_args()
    try:
        for directory in (args.gold, args.pred):
            if not directory.is_dir():
                raise ScoreError(f"{directory}: not a directory")
        report(args.split, pairs_of(args.gold, args.pred, SPLITS[args.split], args.errors))
    except ScoreError as e:
        print(f"score-entity-sentiment: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
