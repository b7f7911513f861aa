#!/usr/bin/env python3
"""Verify sw16 labels: every label / hard-negative text occurs verbatim on exactly one line of its file,
required fields present and typed, contract sizes in range. Prints counts."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
FAM = ('termination', 'penalty', 'notice', 'auto_renewal')
HOLDERS = {'client', 'provider', 'either', 'both', 'none'}
TRIGGERS = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURPOSES = {'termination', 'non_renewal', 'price_change', 'personnel_change', 'terms_change', 'suspension', 'other'}
errs = []
def err(m): errs.append(m)
def num_or_blank(v, allow_none=True):
    return (v is None and allow_none) or v == 'blank' or (isinstance(v, (int, float)) and not isinstance(v, bool))
recs = [json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8') if l.strip()]
tot = {f: 0 for f in FAM}; tot['hard_negatives'] = 0
files_seen = set()
print(f"{'file':34} {'han':>5} {'term':>4} {'pen':>4} {'note':>4} {'auto':>4} {'hn':>3}")
for r in recs:
    for k in ('file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives'):
        if k not in r: err(f'{r.get("file")}: missing {k}')
    fn = r['file']; files_seen.add(fn)
    path = os.path.join(D, fn)
    if not os.path.exists(path): err(f'{fn}: missing file'); continue
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    if r['title'] != lines[0]: err(f'{fn}: title mismatch')
    if r['labels_by'] != 'sw16': err(f'{fn}: labels_by')
    if r['lang'] != 'zh': err(f'{fn}: lang')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 2500 <= han <= 6000: err(f'{fn}: han count {han} out of range')
    if any(l.strip() == '' for l in lines[:-1]): err(f'{fn}: empty line inside text')
    roles = {p.get('role') for p in r['parties']}
    if roles != {'client', 'provider'}: err(f'{fn}: parties roles {roles}')
    for p in r['parties']:
        if not p.get('name') or not p.get('label'): err(f'{fn}: party incomplete {p}')
        elif p['name'] not in text: err(f'{fn}: party name not in text {p["name"]}')
    def check_text(t, where):
        n = sum(1 for l in lines if t in l)
        if n != 1: err(f'{fn}: {where}: text on {n} lines: {t[:40]}')
    cnt = {}
    for fam in FAM:
        items = r['labels'].get(fam)
        if items is None: err(f'{fn}: labels missing {fam}'); items = []
        cnt[fam] = len(items); tot[fam] += len(items)
        for it in items:
            if it.get('src') != 'writer' or 'note' not in it or not it.get('text'): err(f'{fn}: {fam}: base fields {it}')
            check_text(it['text'], fam)
            if fam == 'termination':
                if it.get('holder') not in HOLDERS or it.get('trigger') not in TRIGGERS: err(f'{fn}: termination values {it}')
            elif fam == 'penalty':
                for k in ('percent', 'amount', 'floor', 'base', 'per_day'):
                    if k not in it: err(f'{fn}: penalty missing {k}')
                if not num_or_blank(it.get('percent')) or not num_or_blank(it.get('amount')) or not num_or_blank(it.get('floor')):
                    err(f'{fn}: penalty value types {it}')
                if not isinstance(it.get('per_day'), bool): err(f'{fn}: per_day not bool')
                if it.get('percent') is None and it.get('amount') is None and not it.get('base'):
                    err(f'{fn}: penalty has no value {it["text"][:30]}')
            elif fam == 'notice':
                if not num_or_blank(it.get('notice_days'), allow_none=False): err(f'{fn}: notice_days {it}')
                if it.get('purpose') not in PURPOSES: err(f'{fn}: purpose {it}')
            elif fam == 'auto_renewal':
                if 'renewal_term_days' not in it or not num_or_blank(it['renewal_term_days']): err(f'{fn}: renewal_term_days {it}')
    hn = r['hard_negatives']
    if not 5 <= len(hn) <= 10: err(f'{fn}: {len(hn)} hard negatives')
    tot['hard_negatives'] += len(hn)
    for h in hn:
        if h.get('family') not in FAM or not h.get('note') or h.get('src') != 'writer': err(f'{fn}: hn fields {h}')
        check_text(h['text'], 'hard_negative')
        if any(h['text'] == it['text'] for it in r['labels'].get(h.get('family'), [])):
            err(f'{fn}: hard negative equals a label of the same family: {h["text"][:30]}')
    print(f"{os.path.basename(fn):34} {han:5} {cnt['termination']:4} {cnt['penalty']:4} {cnt['notice']:4} {cnt['auto_renewal']:4} {len(hn):3}")
on_disk = {'texts/' + f for f in os.listdir(os.path.join(D, 'texts'))}
if on_disk != files_seen: err(f'files without labels or vice versa: {on_disk ^ files_seen}')
print('totals:', tot)
if errs:
    print('\n'.join('ERROR: ' + e for e in errs)); sys.exit(1)
print('PASS')
