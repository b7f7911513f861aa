#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw71."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
errs = []
FAMS = {
    'termination': {'holder': {'client', 'provider', 'either', 'none'},
                    'trigger': {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}},
    'penalty': {}, 'notice': {}, 'auto_renewal': {},
}
PURPOSES = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'cancellation',
            'personnel_change', 'other'}
BANNED = [r'30\s*[%％]', r'百分之三十', r'(?<![\d,])5,?000(?![\d])', r'5000', r'伍仟', r'五千', r'180\s*(日|天|days)',
          r'一百八十日', r'一百八十天']
num = (int, float)
def isnum(x): return isinstance(x, num) and not isinstance(x, bool)
recs = [json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8') if l.strip()]
if len(recs) != 7: errs.append(f'expected 7 records, got {len(recs)}')
roles = []
for r in recs:
    f = r.get('file', '?')
    for k in ['file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives']:
        if k not in r: errs.append(f'{f}: missing key {k}')
    p = os.path.join(D, f)
    if not os.path.isfile(p):
        errs.append(f'{f}: file missing'); continue
    text = open(p, encoding='utf-8').read()
    lines = text.split('\n')
    if lines[0] != r.get('title'): errs.append(f'{f}: title mismatch')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 2500 <= han <= 6000: errs.append(f'{f}: Han chars {han} out of range')
    for b in BANNED:
        for m in re.finditer(b, text): errs.append(f'{f}: banned figure {m.group(0)!r}')
    if r.get('lang') != 'zh': errs.append(f'{f}: lang')
    if r.get('labels_by') != 'sw71': errs.append(f'{f}: labels_by')
    for pa in r.get('parties', []):
        if pa.get('role') not in ('provider', 'client') or not pa.get('label') or not pa.get('name'):
            errs.append(f'{f}: bad party {pa}')
        elif pa['name'] not in text: errs.append(f'{f}: party name not in text {pa["name"]}')
        if pa.get('label') == '甲方': roles.append(pa['role'])
    def check_text(t, where):
        if not isinstance(t, str) or not t: errs.append(f'{f}: {where}: empty text'); return
        n = sum(1 for l in lines if t in l)
        if n != 1: errs.append(f'{f}: {where}: text on {n} lines: {t[:40]}')
    labs = r.get('labels', {})
    for fam in FAMS:
        if fam not in labs: errs.append(f'{f}: family {fam} missing'); continue
        for i, L in enumerate(labs[fam]):
            w = f'{fam}[{i}]'
            check_text(L.get('text'), w)
            if L.get('src') != 'writer': errs.append(f'{f}: {w}: src')
            if not isinstance(L.get('note'), str): errs.append(f'{f}: {w}: note')
            if fam == 'termination':
                if L.get('holder') not in FAMS[fam]['holder']: errs.append(f'{f}: {w}: holder')
                if L.get('trigger') not in FAMS[fam]['trigger']: errs.append(f'{f}: {w}: trigger')
            elif fam == 'penalty':
                for k in ['percent', 'amount', 'floor']:
                    if k not in L or not (L[k] is None or isnum(L[k])): errs.append(f'{f}: {w}: {k}')
                if 'base' not in L or not (L['base'] is None or isinstance(L['base'], str)): errs.append(f'{f}: {w}: base')
                if not isinstance(L.get('per_day'), bool): errs.append(f'{f}: {w}: per_day')
                if L.get('percent') is None and L.get('amount') is None: errs.append(f'{f}: {w}: no percent/amount')
            elif fam == 'notice':
                if not isinstance(L.get('notice_days'), int) or isinstance(L.get('notice_days'), bool): errs.append(f'{f}: {w}: notice_days')
                if L.get('purpose') not in PURPOSES: errs.append(f'{f}: {w}: purpose')
            elif fam == 'auto_renewal':
                if 'renewal_term_days' not in L or not (L['renewal_term_days'] is None or isinstance(L['renewal_term_days'], int)):
                    errs.append(f'{f}: {w}: renewal_term_days')
    for k in labs:
        if k not in FAMS: errs.append(f'{f}: unknown family {k}')
    hn = r.get('hard_negatives', [])
    if not 5 <= len(hn) <= 10: errs.append(f'{f}: {len(hn)} hard negatives')
    for i, H in enumerate(hn):
        if H.get('family') not in FAMS: errs.append(f'{f}: hn[{i}] family')
        if H.get('src') != 'writer': errs.append(f'{f}: hn[{i}] src')
        check_text(H.get('text'), f'hn[{i}]')
        # a hard negative must not also be a positive label in the same family
        if any(H.get('text') == L.get('text') for L in labs.get(H.get('family'), [])):
            errs.append(f'{f}: hn[{i}] also labelled positive in same family')
if roles.count('provider') < 3 or roles.count('client') < 3: errs.append(f'甲方 roles {roles}')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK'); sys.exit(0)
