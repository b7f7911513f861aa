#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw66 (English contracts)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
errs = []
FAM = {
 'termination': {'holder': {'client','provider','either','none'}, 'trigger': {'at_will','for_cause','missed_target','force_majeure','automatic'}},
 'notice': {'purpose': {'termination','non_renewal','price_change','terms_change','suspension','cancellation','personnel_change','other'}},
}
BANNED = [r'30\s?%', r'\b30 per ?cent', r'thirty per ?cent', r'5,?000', r'五千', r'伍仟', r'百分之三十', r'180[\s-]*(calendar |business )?days?', r'one hundred (and )?eighty', r'一百八十']
def num(x): return isinstance(x,(int,float)) and not isinstance(x,bool)
recs = [json.loads(l) for l in open(os.path.join(HERE,'labels.jsonl'),encoding='utf-8') if l.strip()]
if len(recs) != 7: errs.append(f'expected 7 records, got {len(recs)}')
for r in recs:
    f = r.get('file'); p = os.path.join(HERE, f or '')
    for k in ('file','lang','labels_by','title','parties','labels','hard_negatives'):
        if k not in r: errs.append(f'{f}: missing key {k}')
    if not os.path.isfile(p): errs.append(f'{f}: file missing'); continue
    text = open(p,encoding='utf-8').read()
    lines = text.split('\n')
    if lines[0] != r.get('title'): errs.append(f'{f}: title mismatch')
    words = len(text.split())
    if r.get('lang') == 'en' and not (1500 <= words <= 3500): errs.append(f'{f}: {words} words out of 1500-3500')
    for pat in BANNED:
        for m in re.finditer(pat, text, re.I): errs.append(f'{f}: banned figure {m.group(0)!r}')
    roles = {pp.get('role') for pp in r.get('parties',[])}
    if not {'provider','client'} <= roles: errs.append(f'{f}: parties need provider and client')
    for pp in r.get('parties',[]):
        if pp.get('label') and pp['label'] not in text: errs.append(f'{f}: party label {pp["label"]} not in text')
    def once(t, where):
        n = sum(1 for ln in lines if t and t in ln)
        if n != 1: errs.append(f'{f}: {where} text found on {n} lines: {t[:70]!r}')
    labs = r.get('labels',{})
    for fam in ('termination','penalty','notice','auto_renewal'):
        if fam not in labs: errs.append(f'{f}: family {fam} missing'); continue
        for L in labs[fam]:
            once(L.get('text'), fam)
            if L.get('src') != 'writer': errs.append(f'{f}: {fam} src')
            if not isinstance(L.get('note'), str): errs.append(f'{f}: {fam} note not str')
            if fam == 'termination':
                if L.get('holder') not in FAM[fam]['holder']: errs.append(f'{f}: bad holder {L.get("holder")}')
                if L.get('trigger') not in FAM[fam]['trigger']: errs.append(f'{f}: bad trigger {L.get("trigger")}')
            elif fam == 'penalty':
                for k in ('percent','amount','floor'):
                    if k not in L or not (L[k] is None or num(L[k])): errs.append(f'{f}: penalty {k} bad')
                if 'base' not in L or not (L['base'] is None or isinstance(L['base'],str)): errs.append(f'{f}: penalty base bad')
                if not isinstance(L.get('per_day'), bool): errs.append(f'{f}: penalty per_day bad')
            elif fam == 'notice':
                if not isinstance(L.get('notice_days'), int) or isinstance(L.get('notice_days'), bool): errs.append(f'{f}: notice_days bad')
                if L.get('purpose') not in FAM[fam]['purpose']: errs.append(f'{f}: bad purpose {L.get("purpose")}')
            elif fam == 'auto_renewal':
                if 'renewal_term_days' not in L or not (L['renewal_term_days'] is None or isinstance(L['renewal_term_days'], int)): errs.append(f'{f}: renewal_term_days bad')
    hn = r.get('hard_negatives',[])
    if not 5 <= len(hn) <= 10: errs.append(f'{f}: {len(hn)} hard negatives')
    for H in hn:
        once(H.get('text'), 'hard_negative')
        if H.get('family') not in ('termination','penalty','notice','auto_renewal'): errs.append(f'{f}: hn family bad')
        if H.get('src') != 'writer' or not isinstance(H.get('note'), str): errs.append(f'{f}: hn src/note bad')
        if any(H.get('text') == L.get('text') for L in labs.get(H.get('family'),[])): errs.append(f'{f}: hn also labelled in same family')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK'); sys.exit(0)
