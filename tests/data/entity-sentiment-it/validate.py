#!/usr/bin/env python3
"""Check the entity-sentiment-it gold files (Python 3 standard library only).

Usage: python3 tests/data/entity-sentiment-it/validate.py RESTORED
RESTORED is the --out folder of tests/data/restore-wn-dev.py, which puts the text back into the
gold files (the repository holds them without it).
Exits 1 with a one-line message naming the file and annotation on the first
problem; otherwise prints a summary and exits 0.
"""
import glob, json, os, sys

POLARITIES = ('positive', 'neutral', 'negative')
TYPES = ('PER', 'ORG', 'LOC')
TOP_KEYS = {'id', 'lang', 'text', 'layers', 'metadata', 'strata'}


def fail(fn, msg, ann=None):
    where = os.path.basename(fn) + ('' if ann is None else f' annotation {ann}')
    print(f'validate.py: {where}: {msg}')
    sys.exit(1)


def is_name(s):
    """A name starts with a capital letter or a digit. A lowercase generic head
    is allowed before a capitalised name ('università di Nottingham',
    'liceo classico Scotti', 'via Cina')."""
    if s[0].isupper() or s[0].isdigit():
        return True
    return any(w[:1].isupper() or w[:1].isdigit() for w in s.split()[1:])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    restored = sys.argv[1]
    files = sorted(glob.glob(os.path.join(restored, 'entity-sentiment-it', '*.json')))
    if not files:
        fail('gold', 'no gold files')
    n_docs = 0
    by_pol = dict.fromkeys(POLARITIES, 0)
    by_type = dict.fromkeys(TYPES, 0)
    for fn in files:
        stem = os.path.splitext(os.path.basename(fn))[0]
        try:
            with open(fn, encoding='utf-8') as fh:
                doc = json.load(fh)
        except (OSError, ValueError) as e:
            fail(fn, f'cannot read JSON: {e}')
        if not isinstance(doc, dict) or set(doc) != TOP_KEYS:
            fail(fn, f'top-level keys must be {sorted(TOP_KEYS)}')
        if doc['id'] != stem + '.txt':
            fail(fn, f'id {doc["id"]!r} does not match the file name')
        if doc['lang'] != 'it':
            fail(fn, 'lang is not "it"')
        src = os.path.join(restored, 'text', stem + '.txt')
        if not os.path.exists(src):
            fail(fn, f'no source text {src}')
        with open(src, encoding='utf-8', newline='') as fh:
            if fh.read() != doc['text']:
                fail(fn, 'text differs from the source .txt')
        t = doc['text']
        layers = doc['layers']
        if not isinstance(layers, dict) or set(layers) != {'sentences', 'entity-sentiment'}:
            fail(fn, 'layers must be exactly sentences and entity-sentiment')
        for s in layers['sentences']:
            if not (0 <= s['begin'] < s['end'] <= len(t)):
                fail(fn, f'sentence {s.get("id")} out of range')
        anns = layers['entity-sentiment']
        if not isinstance(anns, list) or not anns:
            fail(fn, 'entity-sentiment is empty or not a list')
        prev_b = -1
        seen = set()
        for i, a in enumerate(anns):
            aid = a.get('id', i) if isinstance(a, dict) else i
            if not isinstance(a, dict) or set(a) != {'id', 'begin', 'end', 'type', 'features'}:
                fail(fn, 'keys must be id, begin, end, type, features', aid)
            if a['id'] != i:
                fail(fn, f'id {a["id"]} should be {i}', aid)
            b, e = a['begin'], a['end']
            if not (isinstance(b, int) and isinstance(e, int) and 0 <= b < e <= len(t)):
                fail(fn, f'offsets [{b}, {e}) outside the text', aid)
            if b < prev_b:
                fail(fn, 'annotations not in order of begin', aid)
            prev_b = b
            s = t[b:e]
            if s != s.strip() or '\n' in s:
                fail(fn, f'span {s!r} has outer space or a line break', aid)
            if not is_name(s):
                fail(fn, f'span {s!r} is not a name', aid)
            if (b > 0 and t[b - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                fail(fn, f'span {s!r} cuts a word', aid)
            if a['type'] not in POLARITIES:
                fail(fn, f'type {a["type"]!r} is not a polarity', aid)
            f = a['features']
            if not isinstance(f, dict) or set(f) != {'target', 'target_type', 'mentions'}:
                fail(fn, 'features must be target, target_type, mentions', aid)
            if not isinstance(f['target'], str) or not f['target'].strip():
                fail(fn, 'empty target', aid)
            if f['target_type'] not in TYPES:
                fail(fn, f'target_type {f["target_type"]!r}', aid)
            if not isinstance(f['mentions'], int) or f['mentions'] < 1:
                fail(fn, f'mentions {f["mentions"]!r}', aid)
            key = f['target']
            if key in seen:
                fail(fn, f'target {key!r} listed twice', aid)
            seen.add(key)
            if key not in t and s not in key and key not in ('Federazione russa',):
                # the target name is the fullest form; it must be in the text,
                # contain the span, or be listed above as a documented exception
                fail(fn, f'target {key!r} not found in the text', aid)
            by_pol[a['type']] += 1
            by_type[f['target_type']] += 1
        n_docs += 1
    total = sum(by_pol.values())
    print(f'OK: {n_docs} documents, {total} targets; '
          + ', '.join(f'{k} {v}' for k, v in by_pol.items()) + '; '
          + ', '.join(f'{k} {v}' for k, v in by_type.items()))


if __name__ == '__main__':
    main()
