#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw69. Prints OK and exits 0, else lists errors and exits 1."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
errs = []
FAM = ['termination', 'penalty', 'notice', 'auto_renewal']
HOLD = {'client', 'provider', 'either', 'none'}
TRIG = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURP = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'cancellation', 'personnel_change', 'other'}
BANNED = [r'(?<![0-9])30\s*[%％]', r'百分之三十', r'5000', r'5,000', r'伍仟', r'五千', r'180\s*(日|天|days?)', r'一百八十[日天]']
num = lambda v: v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
recs = [json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8') if l.strip()]
if len(recs) != 7: errs.append(f'expected 7 records, got {len(recs)}')
roles_j = []
for r in recs:
    f = r.get('file', '?')
    for k in ['file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives']:
        if k not in r: errs.append(f'{f}: missing key {k}')
    p = os.path.join(D, f)
    if not os.path.exists(p): errs.append(f'{f}: file missing'); continue
    text = open(p, encoding='utf-8').read()
    lines = text.split('\n')
    if lines[0] != r.get('title'): errs.append(f'{f}: title mismatch')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 2500 <= han <= 6000: errs.append(f'{f}: Han chars {han} out of range')
    for b in BANNED:
        for m in re.finditer(b, text): errs.append(f'{f}: banned figure {m.group(0)!r}')
    for b in BANNED:
        if re.search(b, json.dumps(r, ensure_ascii=False)): errs.append(f'{f}: banned figure in labels record ({b})')
    for pa in r.get('parties', []):
        if pa.get('role') not in ('provider', 'client') or not pa.get('label') or not pa.get('name'):
            errs.append(f'{f}: bad party {pa}')
        if pa.get('label') == '甲方': roles_j.append(pa.get('role'))
    def once(t, where):
        n = sum(1 for l in lines if t and t in l)
        if n != 1: errs.append(f'{f}: {where}: text occurs on {n} lines: {t[:40]}')
    labs = r.get('labels', {})
    for fam in FAM:
        if fam not in labs: errs.append(f'{f}: family {fam} missing'); continue
        for x in labs[fam]:
            once(x.get('text'), fam)
            if x.get('src') != 'writer': errs.append(f'{f}: {fam} src')
            if not isinstance(x.get('note'), str): errs.append(f'{f}: {fam} note')
            if fam == 'termination':
                if x.get('holder') not in HOLD or x.get('trigger') not in TRIG: errs.append(f'{f}: bad termination fields {x}')
            elif fam == 'penalty':
                for k in ['percent', 'amount', 'floor']:
                    if k not in x or not num(x[k]): errs.append(f'{f}: penalty {k} bad')
                if 'base' not in x or not (x['base'] is None or isinstance(x['base'], str)): errs.append(f'{f}: penalty base bad')
                if not isinstance(x.get('per_day'), bool): errs.append(f'{f}: penalty per_day bad')
                if x.get('percent') is None and x.get('amount') is None and 'LPR' not in x.get('note', ''):
                    errs.append(f'{f}: penalty without percent or amount: {x["text"][:30]}')
            elif fam == 'notice':
                if not isinstance(x.get('notice_days'), int) or isinstance(x.get('notice_days'), bool): errs.append(f'{f}: notice_days bad')
                if x.get('purpose') not in PURP: errs.append(f'{f}: purpose bad')
            elif fam == 'auto_renewal':
                v = x.get('renewal_term_days', 'missing')
                if not (v is None or (isinstance(v, int) and not isinstance(v, bool))): errs.append(f'{f}: renewal_term_days bad')
    hn = r.get('hard_negatives', [])
    if not 5 <= len(hn) <= 10: errs.append(f'{f}: {len(hn)} hard negatives')
    labelled = {(fam, x['text']) for fam in FAM for x in labs.get(fam, [])}
    for h in hn:
        if h.get('family') not in FAM: errs.append(f'{f}: hn family bad')
        once(h.get('text'), 'hard_negative')
        if (h.get('family'), h.get('text')) in labelled: errs.append(f'{f}: hn also labelled in same family')
        if h.get('src') != 'writer' or not isinstance(h.get('note'), str): errs.append(f'{f}: hn fields')
if roles_j.count('provider') < 3 or roles_j.count('client') < 3: errs.append(f'甲方 roles: {roles_j}')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
