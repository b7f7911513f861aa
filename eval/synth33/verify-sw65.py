#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw65. Prints OK and exits 0, else lists errors and exits 1."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
errs = []
BANNED = ['30%', '30 %', '30％', '百分之三十', '5000', '5,000', '伍仟', '五千', '180日', '180天', '180 days',
          '一百八十日', '一百八十天', '一百八十']
HOLDERS = {'client', 'provider', 'either', 'none'}
TRIGGERS = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURPOSES = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'cancellation',
            'personnel_change', 'other'}
FAMS = ['termination', 'penalty', 'notice', 'auto_renewal']
num = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
def chk_num_or_null(where, k, v):
    if v is not None and not num(v): errs.append(f'{where}: {k} must be number or null, got {v!r}')
recs = []
with open(os.path.join(D, 'labels.jsonl'), encoding='utf-8') as f:
    for i, l in enumerate(f, 1):
        if l.strip():
            try: recs.append(json.loads(l))
            except Exception as e: errs.append(f'labels.jsonl line {i}: bad JSON {e}')
if len(recs) != 7: errs.append(f'expected 7 records, got {len(recs)}')
files = set()
for r in recs:
    fn = r.get('file', '?'); where0 = fn
    for k in ['file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives']:
        if k not in r: errs.append(f'{where0}: missing key {k}')
    if r.get('lang') != 'zh': errs.append(f'{where0}: lang must be zh')
    if r.get('labels_by') != 'sw65': errs.append(f'{where0}: labels_by must be sw65')
    p = os.path.join(D, fn)
    if not os.path.isfile(p): errs.append(f'{where0}: file missing'); continue
    files.add(fn)
    text = open(p, encoding='utf-8').read()
    lines = text.split('\n')
    if lines[0] != r.get('title'): errs.append(f'{where0}: title != first line')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 2500 <= han <= 6000: errs.append(f'{where0}: Han chars {han} outside 2500-6000')
    for b in BANNED:
        for ln, line in enumerate(lines, 1):
            if b in line: errs.append(f'{where0}:{ln}: banned figure {b!r}')
    parties = r.get('parties', [])
    if not parties or any(set(x) != {'label', 'role', 'name'} or x['role'] not in ('provider', 'client') for x in parties):
        errs.append(f'{where0}: bad parties')
    def occurs(where, t):
        if not isinstance(t, str) or not t: errs.append(f'{where}: empty text'); return
        n = sum(1 for line in lines if t in line)
        if n != 1: errs.append(f'{where}: text occurs on {n} lines: {t[:40]}')
    labs = r.get('labels', {})
    for fam in FAMS:
        if fam not in labs or not isinstance(labs[fam], list): errs.append(f'{where0}: family {fam} missing'); continue
        for j, x in enumerate(labs[fam]):
            w = f'{where0} {fam}[{j}]'
            occurs(w, x.get('text'))
            if x.get('src') != 'writer': errs.append(f'{w}: src must be writer')
            if not isinstance(x.get('note'), str): errs.append(f'{w}: note must be string')
            if fam == 'termination':
                if x.get('holder') not in HOLDERS: errs.append(f'{w}: bad holder')
                if x.get('trigger') not in TRIGGERS: errs.append(f'{w}: bad trigger')
            elif fam == 'penalty':
                for k in ['percent', 'amount', 'floor', 'base', 'per_day']:
                    if k not in x: errs.append(f'{w}: missing {k}')
                for k in ['percent', 'amount', 'floor']: chk_num_or_null(w, k, x.get(k))
                if x.get('base') is not None and not isinstance(x.get('base'), str): errs.append(f'{w}: base must be str/null')
                if not isinstance(x.get('per_day'), bool): errs.append(f'{w}: per_day must be bool')
                if x.get('percent') is None and x.get('amount') is None: errs.append(f'{w}: neither percent nor amount')
            elif fam == 'notice':
                if not isinstance(x.get('notice_days'), int) or isinstance(x.get('notice_days'), bool) or x['notice_days'] <= 0:
                    errs.append(f'{w}: notice_days must be positive int')
                if x.get('purpose') not in PURPOSES: errs.append(f'{w}: bad purpose')
            elif fam == 'auto_renewal':
                if 'renewal_term_days' not in x: errs.append(f'{w}: missing renewal_term_days')
                v = x.get('renewal_term_days')
                if v is not None and (not isinstance(v, int) or isinstance(v, bool)): errs.append(f'{w}: renewal_term_days int/null')
    hn = r.get('hard_negatives', [])
    if not 5 <= len(hn) <= 10: errs.append(f'{where0}: {len(hn)} hard negatives (need 5-10)')
    for j, x in enumerate(hn):
        w = f'{where0} hard_negatives[{j}]'
        occurs(w, x.get('text'))
        if x.get('family') not in FAMS: errs.append(f'{w}: bad family')
        if x.get('src') != 'writer': errs.append(f'{w}: src must be writer')
        if not isinstance(x.get('note'), str): errs.append(f'{w}: note must be string')
        if x.get('family') in labs and any(y['text'] == x.get('text') for y in labs[x['family']]):
            errs.append(f'{w}: same text labelled positive in same family')
on_disk = {'texts/' + f for f in os.listdir(os.path.join(D, 'texts')) if f.endswith('.txt')}
if on_disk != files: errs.append(f'texts/ mismatch: {sorted(on_disk ^ files)}')
# stance/party mix: 甲方 provider in >=3, client in >=3
jia = [next((x['role'] for x in r.get('parties', []) if x.get('label') == '甲方'), None) for r in recs]
if jia.count('provider') < 3 or jia.count('client') < 3: errs.append(f'甲方 role mix insufficient: {jia}')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK'); sys.exit(0)
