#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw67. Prints OK and exits 0 if all checks pass."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
errs = []
def err(m): errs.append(m)
FAM = ['termination', 'penalty', 'notice', 'auto_renewal']
HOLD = {'client', 'provider', 'either', 'none'}
TRIG = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURP = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'cancellation', 'personnel_change', 'other'}
BANNED = [r'30\s*[%％]', r'百分之三十', r'5,?000', r'伍仟', r'五千', r'180\s*(日|天|days?)', r'一百八十\s*(日|天)', r'180']
def isnum(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
def numornull(x): return x is None or isnum(x)
def strornull(x): return x is None or isinstance(x, str)
recs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
if len(recs) != 7: err(f'expected 7 records, got {len(recs)}')
files = set()
for r in recs:
    fn = r.get('file', '?'); files.add(fn)
    p = os.path.join(HERE, fn)
    if not os.path.isfile(p): err(f'{fn}: missing file'); continue
    text = open(p, encoding='utf-8').read()
    lines = text.split('\n')
    for k in ['file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives']:
        if k not in r: err(f'{fn}: missing key {k}')
    if r.get('lang') != 'zh': err(f'{fn}: lang')
    if r.get('labels_by') != 'sw67': err(f'{fn}: labels_by')
    if r.get('title') != lines[0]: err(f'{fn}: title != first line')
    ps = r.get('parties', [])
    if len(ps) < 2: err(f'{fn}: parties')
    for pa in ps:
        if not all(isinstance(pa.get(k), str) and pa.get(k) for k in ('label', 'role', 'name')): err(f'{fn}: party fields {pa}')
        if pa.get('role') not in ('provider', 'client'): err(f'{fn}: party role {pa}')
        if pa.get('name') and pa['name'] not in text: err(f'{fn}: party name not in text {pa["name"]}')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 2500 <= han <= 6000: err(f'{fn}: Han chars {han} out of 2500-6000')
    for b in BANNED:
        for m in re.finditer(b, text): err(f'{fn}: banned figure {m.group(0)!r}')
    def once(t, where):
        if not isinstance(t, str) or not t: err(f'{fn} {where}: empty text'); return
        n = sum(1 for l in lines if t in l)
        if n != 1: err(f'{fn} {where}: text found on {n} lines: {t[:40]}')
    L = r.get('labels', {})
    for f in FAM:
        if not isinstance(L.get(f), list): err(f'{fn}: family {f} missing')
    for f in L:
        if f not in FAM: err(f'{fn}: unknown family {f}')
    for i, x in enumerate(L.get('termination', [])):
        w = f'termination[{i}]'; once(x.get('text'), w)
        if x.get('src') != 'writer': err(f'{fn} {w}: src')
        if x.get('holder') not in HOLD: err(f'{fn} {w}: holder')
        if x.get('trigger') not in TRIG: err(f'{fn} {w}: trigger')
        if not isinstance(x.get('note'), str): err(f'{fn} {w}: note')
    for i, x in enumerate(L.get('penalty', [])):
        w = f'penalty[{i}]'; once(x.get('text'), w)
        if x.get('src') != 'writer': err(f'{fn} {w}: src')
        for k in ('percent', 'amount', 'floor'):
            if k not in x or not numornull(x[k]): err(f'{fn} {w}: {k}')
        if 'base' not in x or not strornull(x['base']): err(f'{fn} {w}: base')
        if not isinstance(x.get('per_day'), bool): err(f'{fn} {w}: per_day')
        if x.get('percent') is None and x.get('amount') is None: err(f'{fn} {w}: neither percent nor amount')
        if not isinstance(x.get('note'), str): err(f'{fn} {w}: note')
    for i, x in enumerate(L.get('notice', [])):
        w = f'notice[{i}]'; once(x.get('text'), w)
        if x.get('src') != 'writer': err(f'{fn} {w}: src')
        if not (isinstance(x.get('notice_days'), int) and not isinstance(x.get('notice_days'), bool) and x['notice_days'] > 0): err(f'{fn} {w}: notice_days')
        if x.get('purpose') not in PURP: err(f'{fn} {w}: purpose')
        if not isinstance(x.get('note'), str): err(f'{fn} {w}: note')
    for i, x in enumerate(L.get('auto_renewal', [])):
        w = f'auto_renewal[{i}]'; once(x.get('text'), w)
        if x.get('src') != 'writer': err(f'{fn} {w}: src')
        d = x.get('renewal_term_days', 'missing')
        if not (d is None or (isinstance(d, int) and not isinstance(d, bool))): err(f'{fn} {w}: renewal_term_days')
        if not isinstance(x.get('note'), str): err(f'{fn} {w}: note')
    hn = r.get('hard_negatives', [])
    if not 5 <= len(hn) <= 10: err(f'{fn}: {len(hn)} hard negatives')
    for i, x in enumerate(hn):
        w = f'hard_negatives[{i}]'; once(x.get('text'), w)
        if x.get('family') not in FAM: err(f'{fn} {w}: family')
        if x.get('src') != 'writer': err(f'{fn} {w}: src')
        if not isinstance(x.get('note'), str): err(f'{fn} {w}: note')
        if any(y.get('text') == x.get('text') for y in L.get(x.get('family'), [])): err(f'{fn} {w}: same text also labelled positive in {x.get("family")}')
# sanity: no stray files in texts/
for f in os.listdir(os.path.join(HERE, 'texts')):
    if 'texts/' + f not in files: err(f'unlabelled text file texts/{f}')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK'); sys.exit(0)
