#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ written by sw72. Prints OK or a list of errors."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
E = []
FAM = ['termination', 'penalty', 'notice', 'auto_renewal']
HOLD = {'client', 'provider', 'either', 'none'}
TRIG = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURP = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'cancellation', 'personnel_change', 'other'}
BANNED = [r'30\s*%', r'30\s*per\s*cent', r'thirty\s*per\s*cent', r'(?<![\d,])5,?000(?![\d,])', r'180[\s-]*days?', r'百分之三十', r'伍仟', r'五千', r'一百八十日']
num = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
recs = [json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8') if l.strip()]
if len(recs) != 7: E.append(f'expected 7 records, got {len(recs)}')
for r in recs:
    fn = r.get('file', '?'); p = os.path.join(D, fn)
    if not os.path.exists(p): E.append(f'{fn}: missing'); continue
    txt = open(p, encoding='utf-8').read(); lines = txt.split('\n')
    for k in ['file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives']:
        if k not in r: E.append(f'{fn}: missing key {k}')
    if r.get('lang') != 'en': E.append(f'{fn}: lang')
    if r.get('labels_by') != 'sw72': E.append(f'{fn}: labels_by')
    if r.get('title') != lines[0]: E.append(f'{fn}: title != first line')
    words = len(txt.split())
    if not 1500 <= words <= 3500: E.append(f'{fn}: {words} words out of range')
    for b in BANNED:
        for m in re.finditer(b, txt, re.I): E.append(f'{fn}: banned figure {m.group(0)!r}')
    for pa in r.get('parties', []):
        if pa.get('role') not in ('provider', 'client') or not pa.get('label') or not pa.get('name'): E.append(f'{fn}: bad party {pa}')
    def occurs(t, what):
        if not isinstance(t, str) or not t: E.append(f'{fn}: {what}: empty text'); return
        n = sum(1 for l in lines if t in l)
        if n != 1: E.append(f'{fn}: {what}: text on {n} lines: {t[:60]!r}')
    labs = r.get('labels', {})
    for f in FAM:
        if f not in labs or not isinstance(labs[f], list): E.append(f'{fn}: family {f} missing')
    for f in FAM:
        for i, x in enumerate(labs.get(f, [])):
            w = f'{f}[{i}]'; occurs(x.get('text'), w)
            if x.get('src') != 'writer': E.append(f'{fn}: {w} src')
            if not isinstance(x.get('note'), str): E.append(f'{fn}: {w} note')
            if f == 'termination':
                if x.get('holder') not in HOLD: E.append(f'{fn}: {w} holder')
                if x.get('trigger') not in TRIG: E.append(f'{fn}: {w} trigger')
            elif f == 'penalty':
                for k in ['percent', 'amount', 'floor']:
                    if k not in x or not (x[k] is None or num(x[k])): E.append(f'{fn}: {w} {k}')
                if 'base' not in x or not (x['base'] is None or isinstance(x['base'], str)): E.append(f'{fn}: {w} base')
                if not isinstance(x.get('per_day'), bool): E.append(f'{fn}: {w} per_day')
                if x.get('percent') is None and x.get('amount') is None: E.append(f'{fn}: {w} neither percent nor amount')
                if x.get('percent') is not None and not x.get('base'): E.append(f'{fn}: {w} percent without base')
            elif f == 'notice':
                if not (isinstance(x.get('notice_days'), int) and not isinstance(x.get('notice_days'), bool) and x['notice_days'] > 0): E.append(f'{fn}: {w} notice_days')
                if x.get('purpose') not in PURP: E.append(f'{fn}: {w} purpose')
            elif f == 'auto_renewal':
                v = x.get('renewal_term_days', 'missing')
                if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and v > 0)): E.append(f'{fn}: {w} renewal_term_days')
    hn = r.get('hard_negatives', [])
    if not 5 <= len(hn) <= 10: E.append(f'{fn}: {len(hn)} hard negatives')
    for i, h in enumerate(hn):
        w = f'hard_negatives[{i}]'; occurs(h.get('text'), w)
        if h.get('family') not in FAM: E.append(f'{fn}: {w} family')
        if h.get('src') != 'writer' or not isinstance(h.get('note'), str): E.append(f'{fn}: {w} src/note')
        if any(h.get('text') == x.get('text') for x in labs.get(h.get('family'), [])): E.append(f'{fn}: {w} also labelled positive in same family')
if E:
    print('\n'.join(E)); sys.exit(1)
print('OK')
