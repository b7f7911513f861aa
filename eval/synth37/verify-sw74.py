#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ written by sw74."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
errs = []
FAM = ('termination', 'penalty', 'notice', 'auto_renewal')
HOLDERS = {'client', 'provider', 'either', 'none'}
TRIGGERS = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURPOSES = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'cancellation', 'personnel_change', 'other'}
BANNED_SUB = ['5000', '5,000', '30%', '30 %', '30 per cent', '30 percent', 'thirty per cent', 'thirty percent',
              '180 days', '180-day', '180 day', 'one hundred and eighty', 'one hundred eighty', 'five thousand',
              '百分之三十', '伍仟', '五千', '一百八十日', '一百八十天']
num = (int, float)

def isnum(x):
    return isinstance(x, num) and not isinstance(x, bool)

recs = [json.loads(l) for l in open(os.path.join(BASE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
if len(recs) != 7:
    errs.append(f'expected 7 records, got {len(recs)}')
for r in recs:
    f = r.get('file', '?')
    for k in ('file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives'):
        if k not in r:
            errs.append(f'{f}: missing key {k}')
    p = os.path.join(BASE, f)
    if not os.path.exists(p):
        errs.append(f'{f}: file missing'); continue
    raw = open(p, encoding='utf-8').read()
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if r.get('title') != lines[0]:
        errs.append(f'{f}: title != first line')
    if r.get('lang') != 'en':
        errs.append(f'{f}: lang not en')
    words = len(raw.split())
    if not 1500 <= words <= 3500:
        errs.append(f'{f}: {words} words outside 1500-3500')
    low = raw.lower()
    for b in BANNED_SUB:
        if b.lower() in low:
            errs.append(f'{f}: banned figure {b!r}')
    if re.search(r'(?<![\d.])30\s*(%|per\s*cent|percent)', low):
        errs.append(f'{f}: banned 30 percent')
    if any(not ln.strip() for ln in lines):
        errs.append(f'{f}: empty line')
    if not r.get('parties') or any(set(x) != {'label', 'role', 'name'} or x['role'] not in ('provider', 'client') for x in r['parties']):
        errs.append(f'{f}: bad parties')
    labels = r.get('labels', {})
    for fam in FAM:
        if fam not in labels or not isinstance(labels[fam], list):
            errs.append(f'{f}: family {fam} missing')

    def check_text(t, what):
        if not isinstance(t, str) or not t:
            errs.append(f'{f}: {what}: empty text'); return
        n = sum(1 for ln in lines if t in ln)
        if n != 1:
            errs.append(f'{f}: {what}: text on {n} lines: {t[:70]!r}')

    for fam in FAM:
        for i, x in enumerate(labels.get(fam, [])):
            w = f'{fam}[{i}]'
            check_text(x.get('text'), w)
            if x.get('src') != 'writer':
                errs.append(f'{f}: {w}: src')
            if not isinstance(x.get('note'), str):
                errs.append(f'{f}: {w}: note')
            if fam == 'termination':
                if x.get('holder') not in HOLDERS: errs.append(f'{f}: {w}: holder')
                if x.get('trigger') not in TRIGGERS: errs.append(f'{f}: {w}: trigger')
            elif fam == 'penalty':
                for k in ('percent', 'amount', 'floor', 'base', 'per_day'):
                    if k not in x: errs.append(f'{f}: {w}: missing {k}')
                for k in ('percent', 'amount', 'floor'):
                    if x.get(k) is not None and not isnum(x.get(k)): errs.append(f'{f}: {w}: {k} not number')
                if x.get('base') is not None and not isinstance(x.get('base'), str): errs.append(f'{f}: {w}: base')
                if not isinstance(x.get('per_day'), bool): errs.append(f'{f}: {w}: per_day')
                if x.get('percent') is None and x.get('amount') is None and x.get('base') is None:
                    errs.append(f'{f}: {w}: no value')
            elif fam == 'notice':
                if not isinstance(x.get('notice_days'), int) or isinstance(x.get('notice_days'), bool): errs.append(f'{f}: {w}: notice_days')
                if x.get('purpose') not in PURPOSES: errs.append(f'{f}: {w}: purpose')
            elif fam == 'auto_renewal':
                d = x.get('renewal_term_days')
                if d is not None and (not isinstance(d, int) or isinstance(d, bool)): errs.append(f'{f}: {w}: renewal_term_days')
    hn = r.get('hard_negatives', [])
    if not 5 <= len(hn) <= 10:
        errs.append(f'{f}: {len(hn)} hard negatives')
    for i, x in enumerate(hn):
        if x.get('family') not in FAM: errs.append(f'{f}: hn[{i}] family')
        if x.get('src') != 'writer': errs.append(f'{f}: hn[{i}] src')
        if not isinstance(x.get('note'), str): errs.append(f'{f}: hn[{i}] note')
        check_text(x.get('text'), f'hn[{i}]')
        for lab in labels.get(x.get('family'), []):
            if lab.get('text') == x.get('text'):
                errs.append(f'{f}: hn[{i}] also labelled positive')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
