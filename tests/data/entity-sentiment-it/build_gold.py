#!/usr/bin/env python3
"""Build gold/wn-dev-NN.json from labels.txt and the base Strata JSON.

labels.txt: a line '== NN' starts document wn-dev-NN; each following line is
  target name | TYPE | polarity [| alias; alias; ...]
A line 'text | - | -' only blocks matches inside `text` (e.g. a product
named after a place) and makes no annotation.
The first mention is the earliest match (whole word, case-sensitive) of the
target name or an alias; `mentions` counts all matches, where overlapping
matches of different targets are resolved longest-first.
Base files: base/wn-dev-NN.json made by
  strata annotate RESTORED/text/wn-dev-NN.txt -p tokens -f json -l it
(RESTORED: the --out folder of ../restore-wn-dev.py). The gold files keep the
text's sha256 in place of the text, which is KIND's and not the project's.
"""
import hashlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))

def parse(path):
    docs, cur = {}, None
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('=='):
            cur = line[2:].strip(); docs[cur] = []; continue
        f = [x.strip() for x in line.split('|')]
        if len(f) < 3:
            sys.exit(f'labels.txt:{ln}: bad line')
        al = [a.strip() for a in f[3].split(';')] if len(f) > 3 and f[3] else []
        docs[cur].append((f[0], f[1], f[2], [f[0]] + al, ln))
    return docs

def build(nn, targets):
    base = json.load(open(os.path.join(HERE, 'base', f'wn-dev-{nn}.json'), encoding='utf-8'))
    t = base['text']
    cands = []
    for ti, (name, typ, pol, aliases, ln) in enumerate(targets):
        for a in set(aliases):
            for m in re.finditer(r'(?<!\w)' + re.escape(a) + r'(?!\w)', t):
                cands.append((m.start(), m.end(), ti))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, kept = [], []
    for b, e, ti in cands:
        if any(b < te and tb < e for tb, te in taken):
            continue
        taken.append((b, e)); kept.append((b, e, ti))
    anns = []
    for ti, (name, typ, pol, aliases, ln) in enumerate(targets):
        if typ == '-':
            continue
        ms = sorted((b, e) for b, e, tj in kept if tj == ti)
        if not ms:
            sys.exit(f'wn-dev-{nn}: labels.txt:{ln}: no mention of {name!r}')
        b, e = ms[0]
        anns.append({'begin': b, 'end': e, 'type': pol,
                     'features': {'target': name, 'target_type': typ, 'mentions': len(ms)}})
    anns.sort(key=lambda a: a['begin'])
    anns = [dict(id=i, **a) for i, a in enumerate(anns)]
    out = {k: base[k] for k in ('id', 'lang')}
    out['text_sha256'] = hashlib.sha256(base['text'].encode('utf-8')).hexdigest()
    out['layers'] = {'sentences': base['layers']['sentences'], 'entity-sentiment': anns}
    out['metadata'] = base['metadata']; out['strata'] = base['strata']
    with open(os.path.join(HERE, 'gold', f'wn-dev-{nn}.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1); fh.write('\n')
    return out, base['text']

if __name__ == '__main__':
    docs = parse(os.path.join(HERE, 'labels.txt'))
    for nn, tg in docs.items():
        if len(sys.argv) > 1 and nn not in sys.argv[1:]:
            continue
        out, text = build(nn, tg)
        if '-v' in os.environ.get('SHOW', '-v'):
            for a in out['layers']['entity-sentiment']:
                f = a['features']
                print(nn, a['id'], a['begin'], repr(text[a['begin']:a['end']]), f['target'], f['target_type'], a['type'], f['mentions'])
