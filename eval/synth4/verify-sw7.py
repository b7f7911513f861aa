#!/usr/bin/env python3
"""Verify sw7 labels: every label / hard-negative text occurs verbatim on exactly one line of its file,
required fields present, sizes in range. Prints counts. Exit code 1 on any failure."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {
    'termination': {'holder': {'client', 'provider', 'either', 'both', 'none'},
                    'trigger': {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}},
    'penalty': {'percent': None, 'amount': None, 'floor': None, 'base': None, 'per_day': None},
    'notice': {'notice_days': None,
               'purpose': {'termination', 'non_renewal', 'price_change', 'personnel_change', 'terms_change',
                           'suspension', 'other'}},
    'auto_renewal': {'renewal_term_days': None},
}
errors = []
def err(msg):
    errors.append(msg)

def check_text(lines, text, where):
    if not isinstance(text, str) or not text.strip():
        err(f'{where}: empty text'); return
    if '\n' in text:
        err(f'{where}: text spans lines'); return
    n = sum(1 for l in lines if text in l)
    if n != 1:
        err(f'{where}: text found on {n} lines: {text[:40]}')

recs = []
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for i, raw in enumerate(f, 1):
        if raw.strip():
            recs.append(json.loads(raw))

fam_tot = Counter(); hn_tot = Counter(); roles = []
files_seen = set()
for r in recs:
    fn = r.get('file', '?')
    for k in ('file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives'):
        if k not in r: err(f'{fn}: missing {k}')
    if r.get('labels_by') != 'sw7': err(f'{fn}: labels_by')
    if r.get('lang') not in ('zh', 'en'): err(f'{fn}: lang')
    if fn in files_seen: err(f'{fn}: duplicate record')
    files_seen.add(fn)
    path = os.path.join(HERE, fn)
    if not os.path.isfile(path):
        err(f'{fn}: file missing'); continue
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    if lines[0] != r.get('title'): err(f'{fn}: title != first line')
    if r['lang'] == 'zh':
        han = len(re.findall(r'[\u4e00-\u9fff]', text))
        if not 2500 <= han <= 6000: err(f'{fn}: {han} Han chars out of range')
        size = f'{han} Han chars'
    else:
        words = len(text.split())
        if not 1500 <= words <= 3500: err(f'{fn}: {words} words out of range')
        size = f'{words} words'
    parties = r.get('parties', [])
    if len(parties) < 2: err(f'{fn}: <2 parties')
    for p in parties:
        if p.get('role') not in ('provider', 'client'): err(f'{fn}: bad role {p}')
        if not p.get('label') or not p.get('name'): err(f'{fn}: party fields {p}')
        if p.get('name') and p['name'] not in text: err(f'{fn}: party name not in text {p["name"]}')
    roles.append((fn, ', '.join(f"{p['label']}={p['role']}" for p in parties)))
    labels = r.get('labels', {})
    for fam in FAMILIES:
        if fam not in labels: err(f'{fn}: labels.{fam} missing')
    for fam, items in labels.items():
        if fam not in FAMILIES: err(f'{fn}: unknown family {fam}'); continue
        for j, it in enumerate(items):
            where = f'{fn} {fam}[{j}]'
            for k in ('text', 'src', 'note'):
                if k not in it: err(f'{where}: missing {k}')
            if it.get('src') != 'writer': err(f'{where}: src')
            for k, allowed in FAMILIES[fam].items():
                if k not in it: err(f'{where}: missing {k}')
                elif allowed is not None and it[k] not in allowed: err(f'{where}: bad {k}={it[k]}')
            if fam == 'notice':
                v = it.get('notice_days')
                if not (v == 'blank' or (isinstance(v, (int, float)) and v > 0)): err(f'{where}: notice_days {v}')
            if fam == 'penalty':
                if all(it.get(k) in (None, False) for k in ('percent', 'amount', 'floor', 'base')):
                    err(f'{where}: penalty without any value')
            check_text(lines, it.get('text'), where)
        fam_tot[fam] += len(items)
    hns = r.get('hard_negatives', [])
    if not 5 <= len(hns) <= 10: err(f'{fn}: {len(hns)} hard negatives (need 5-10)')
    for j, h in enumerate(hns):
        where = f'{fn} hn[{j}]'
        for k in ('family', 'text', 'src', 'note'):
            if k not in h: err(f'{where}: missing {k}')
        if h.get('family') not in FAMILIES: err(f'{where}: family')
        if not h.get('note'): err(f'{where}: empty note')
        check_text(lines, h.get('text'), where)
        # a hard negative must not coincide with a label of the same family
        for it in labels.get(h.get('family'), []):
            if h.get('text') == it.get('text'): err(f'{where}: identical to a label')
        hn_tot[h.get('family')] += 1
    print(f"{fn}: {size}; " + ', '.join(f'{k}={len(v)}' for k, v in labels.items()) + f'; hard_negatives={len(hns)}')

# every text file has a record
tdir = os.path.join(HERE, 'texts')
for name in sorted(os.listdir(tdir)):
    if f'texts/{name}' not in files_seen: err(f'texts/{name}: no label record')

print('contracts:', len(recs))
print('labels per family:', dict(fam_tot))
print('hard negatives per family:', dict(hn_tot))
for fn, ro in roles: print('roles', fn, ro)
if errors:
    print('\nFAIL'); [print(' -', e) for e in errors]; sys.exit(1)
print('\nPASS')
