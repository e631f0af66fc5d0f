"""Check the quotations-it gold files: offsets, trimming, marks, cue and speaker offsets, overlaps.

Usage: python3 tests/data/quotations-it/validate.py RESTORED
RESTORED is the --out folder of tests/data/restore-wn-dev.py, which puts the text back into the
gold files (the repository holds them without it).
"""
import json,glob,sys,os
if len(sys.argv)!=2: sys.exit(__doc__)
RESTORED=sys.argv[1]
QM='«»“”„‘’"\'‹›'
tot={'quote':0,'not_quote':0,'spk':0,'name':0,'cue':0,'docs':0,'docs_noq':0}
bad=0
files=sorted(glob.glob(os.path.join(RESTORED,'quotations-it','*.json')))
if not files: sys.exit(f'validate.py: no gold files in {RESTORED}/quotations-it')
for fn in files:
    j=json.load(open(fn,encoding='utf-8'))
    t=j['text']; tf=os.path.join(RESTORED,'text',os.path.basename(fn)[:-len('.json')]+'.txt')
    assert open(tf,encoding='utf-8').read()==t, fn
    for k in ('id','lang','text','metadata','strata'): assert k in j
    Q=j['layers']['quotations']; tot['docs']+=1
    if not any(a['type']=='quote' for a in Q): tot['docs_noq']+=1
    prev_end=-1
    for i,a in enumerate(Q):
        def err(m):
            global bad; bad+=1; print(fn,a['id'],m,repr(t[a['begin']:a['end']][:60]))
        if a['id']!=i: err('id')
        b,e=a['begin'],a['end']
        if not (0<=b<e<=len(t)): err('range'); continue
        s=t[b:e]
        if s!=s.strip(): err('space')
        if s[0] in QM or s[-1] in QM: err('mark at end')
        if b<prev_end: err('overlap')
        prev_end=e
        if a['type'] not in ('quote','not_quote'): err('type')
        f=a['features']; tot[a['type']]+=1
        if 'marks' not in f: err('marks')
        m=f['marks']
        # opening mark right before (skip spaces) and closing right after
        i0=b-1
        while t[i0].isspace(): i0-=1
        if t[i0]!=m[0]: err('open mark mismatch')
        if len(m)>1:
            i1=e
            while t[i1].isspace(): i1+=1
            if t[i1]!=m[1]: err('close mark mismatch')
        if a['type']=='quote':
            for key,tk in (('cue','cue'),('speaker','speaker_text')):
                if tk in f:
                    cb,ce=f[key+'_begin'],f[key+'_end']
                    if not isinstance(cb,int) or t[cb:ce]!=f[tk]: err(key+' offsets')
                    if key=='speaker': tot['spk']+=1
                    else: tot['cue']+=1
                else:
                    if key+'_begin' in f: err('dangling offsets')
            if 'speaker_name' in f:
                tot['name']+=1
                if f['speaker_name'] not in t: err('name not in text')
        else:
            if set(f)-{'marks'}: err('extra feats')
print(tot,'errors',bad)
sys.exit(1 if bad else 0)
