#!/usr/bin/env python3
"""Verify sw15 labels: verbatim single-line occurrence, required fields, sizes, counts."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ID = 'sw15'
FAMS = ('termination', 'penalty', 'notice', 'auto_renewal')
VALUE_KEYS = {
    'termination': ('holder', 'trigger'),
    'penalty': ('percent', 'amount', 'floor', 'base', 'per_day'),
    'notice': ('notice_days', 'purpose'),
    'auto_renewal': ('renewal_term_days',),
}
HOLDERS = {'client', 'provider', 'either', 'both', 'none'}
TRIGGERS = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURPOSES = {'termination', 'non_renewal', 'price_change', 'personnel_change', 'terms_change', 'suspension', 'other'}
errors = []

def err(msg):
    errors.append(msg)

def check_text(lines, text, where):
    if not isinstance(text, str) or not text.strip():
        err(f'{where}: empty text'); return
    hits = [i for i, l in enumerate(lines) if text in l]
    if len(hits) != 1:
        err(f'{where}: text occurs on {len(hits)} lines: {text[:60]}')

docs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
tot = Counter(); hn_tot = Counter()
print(f'{"file":45s} {"han":>5s} term pen  not  auto  hn')
for d in docs:
    for k in ('file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives'):
        if k not in d: err(f'{d.get("file")}: missing {k}')
    path = os.path.join(HERE, d['file'])
    if not os.path.exists(path):
        err(f'missing file {path}'); continue
    raw = open(path, encoding='utf-8').read()
    lines = raw.split('\n')
    if d['labels_by'] != ID: err(f'{d["file"]}: labels_by')
    if d['title'] != lines[0]: err(f'{d["file"]}: title != first line')
    han = len(re.findall(r'[\u4e00-\u9fff]', raw))
    if d['lang'] == 'zh' and not (2500 <= han <= 6000): err(f'{d["file"]}: Han count {han}')
    if d['lang'] == 'en':
        w = len(raw.split())
        if not (1500 <= w <= 3500): err(f'{d["file"]}: words {w}')
    if len(d['parties']) < 2: err(f'{d["file"]}: parties')
    for p in d['parties']:
        if p.get('role') not in ('provider', 'client') or not p.get('label') or not p.get('name'):
            err(f'{d["file"]}: bad party {p}')
        elif p['name'] not in raw: err(f'{d["file"]}: party name not in text {p["name"]}')
    roles = {p.get('role') for p in d['parties']}
    if roles != {'provider', 'client'}: err(f'{d["file"]}: roles {roles}')
    for fam in FAMS:
        items = d['labels'].get(fam)
        if items is None: err(f'{d["file"]}: no family {fam}'); continue
        for n, it in enumerate(items):
            where = f'{d["file"]} {fam}[{n}]'
            for k in ('text', 'src', 'note') + VALUE_KEYS[fam]:
                if k not in it: err(f'{where}: missing {k}')
            if it.get('src') != 'writer': err(f'{where}: src')
            check_text(lines, it.get('text'), where)
            if fam == 'termination':
                if it.get('holder') not in HOLDERS: err(f'{where}: holder')
                if it.get('trigger') not in TRIGGERS: err(f'{where}: trigger')
            if fam == 'notice':
                if not isinstance(it.get('notice_days'), int) or it['notice_days'] <= 0: err(f'{where}: notice_days')
                if it.get('purpose') not in PURPOSES: err(f'{where}: purpose')
            if fam == 'penalty':
                if not any(it.get(k) is not None for k in ('percent', 'amount', 'floor', 'base')):
                    err(f'{where}: penalty without any value')
                if not isinstance(it.get('per_day'), bool): err(f'{where}: per_day')
            if fam == 'auto_renewal':
                v = it.get('renewal_term_days')
                if v is not None and not isinstance(v, int): err(f'{where}: renewal_term_days')
        tot[fam] += len(items)
    hns = d['hard_negatives']
    if not (5 <= len(hns) <= 10): err(f'{d["file"]}: {len(hns)} hard negatives')
    for n, h in enumerate(hns):
        where = f'{d["file"]} hn[{n}]'
        if h.get('family') not in FAMS: err(f'{where}: family')
        if h.get('src') != 'writer' or not h.get('note'): err(f'{where}: src/note')
        check_text(lines, h.get('text'), where)
        # a hard negative must not duplicate a label of the same family
        if any(h.get('text') == it['text'] for it in d['labels'].get(h.get('family'), [])):
            err(f'{where}: same text labelled in same family')
        hn_tot[h.get('family')] += 1
    L = d['labels']
    print(f'{d["file"][6:51]:45s} {han:5d} {len(L["termination"]):4d} {len(L["penalty"]):4d} {len(L["notice"]):4d} {len(L["auto_renewal"]):4d} {len(hns):4d}')
print('totals:', dict(tot), '| hard negatives:', dict(hn_tot), sum(hn_tot.values()))
if errors:
    print('FAIL'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK: all checks passed')
