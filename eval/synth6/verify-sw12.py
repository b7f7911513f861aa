#!/usr/bin/env python3
"""Verify sw12 labels: every label / hard-negative text occurs verbatim on exactly one line
of its file, required fields are present and well-typed, sizes are in range; print counts."""
import json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
ID = 'sw12'
FAMS = ('termination', 'penalty', 'notice', 'auto_renewal')
HOLDERS = {'client', 'provider', 'either', 'both', 'none'}
TRIGGERS = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURPOSES = {'termination', 'non_renewal', 'price_change', 'personnel_change', 'terms_change', 'suspension', 'other'}
errors = []

def err(msg):
    errors.append(msg)

def is_num_or_blank(v, allow_none=True):
    if v is None:
        return allow_none
    if v == 'blank':
        return True
    return isinstance(v, (int, float)) and not isinstance(v, bool)

def occurrences(lines, text):
    return sum(1 for l in lines if text in l)

recs = []
with open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8') as f:
    for n, raw in enumerate(f, 1):
        raw = raw.strip()
        if not raw:
            continue
        try:
            recs.append(json.loads(raw))
        except Exception as e:
            err(f'labels.jsonl line {n}: bad JSON: {e}')

totals = Counter()
hn_totals = Counter()
for r in recs:
    for k in ('file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives'):
        if k not in r:
            err(f'{r.get("file")}: missing {k}')
    fp = os.path.join(ROOT, r['file'])
    if not os.path.isfile(fp):
        err(f'{r["file"]}: file missing'); continue
    text = open(fp, encoding='utf-8').read()
    lines = text.split('\n')
    if r['lang'] not in ('zh', 'en'):
        err(f'{r["file"]}: bad lang')
    if r['labels_by'] != ID:
        err(f'{r["file"]}: labels_by != {ID}')
    if r['title'] != lines[0]:
        err(f'{r["file"]}: title != first line')
    # size
    if r['lang'] == 'zh':
        han = len(re.findall(r'[\u4e00-\u9fff]', text))
        if not 2500 <= han <= 6000:
            err(f'{r["file"]}: {han} Han characters, outside 2500-6000')
        size = f'{han} Han chars'
    else:
        words = len(re.findall(r"[A-Za-z0-9'’-]+", text))
        if not 1500 <= words <= 3500:
            err(f'{r["file"]}: {words} words, outside 1500-3500')
        size = f'{words} words'
    # seed figures to avoid
    for bad in ('30%', '３０％', '百分之三十', '5000', '５０００', '180天', '１８０天', '180日', '一百八十日', '一百八十天'):
        if bad in text:
            err(f'{r["file"]}: contains seed figure {bad}')
    # parties
    for p in r['parties']:
        if not all(k in p for k in ('label', 'role', 'name')) or p['role'] not in ('provider', 'client'):
            err(f'{r["file"]}: bad party {p}')
    roles = {p['role'] for p in r['parties']}
    if roles != {'provider', 'client'}:
        err(f'{r["file"]}: parties should cover provider and client')
    # labels
    if set(r['labels']) != set(FAMS):
        err(f'{r["file"]}: labels keys {sorted(r["labels"])}')
    counts = {}
    for fam in FAMS:
        items = r['labels'].get(fam, [])
        counts[fam] = len(items)
        totals[fam] += len(items)
        for it in items:
            t = it.get('text', '')
            for k in ('text', 'src', 'note'):
                if k not in it:
                    err(f'{r["file"]} {fam}: missing {k}: {t[:30]}')
            if it.get('src') != 'writer':
                err(f'{r["file"]} {fam}: src != writer')
            c = occurrences(lines, t)
            if not t or c != 1:
                err(f'{r["file"]} {fam}: text found on {c} lines: {t[:40]}')
            if fam == 'termination':
                if it.get('holder') not in HOLDERS or it.get('trigger') not in TRIGGERS:
                    err(f'{r["file"]} termination: bad holder/trigger {it.get("holder")}/{it.get("trigger")}')
            elif fam == 'penalty':
                for k in ('percent', 'amount', 'floor', 'base', 'per_day'):
                    if k not in it:
                        err(f'{r["file"]} penalty: missing {k}: {t[:30]}')
                if not is_num_or_blank(it.get('percent')):
                    err(f'{r["file"]} penalty: bad percent {it.get("percent")}')
                if not isinstance(it.get('per_day'), bool):
                    err(f'{r["file"]} penalty: per_day not bool')
                if it.get('percent') is None and it.get('amount') is None and not it.get('base'):
                    err(f'{r["file"]} penalty: no value at all: {t[:30]}')
            elif fam == 'notice':
                if not is_num_or_blank(it.get('notice_days'), allow_none=False):
                    err(f'{r["file"]} notice: bad notice_days {it.get("notice_days")}')
                if it.get('purpose') not in PURPOSES:
                    err(f'{r["file"]} notice: bad purpose {it.get("purpose")}')
            elif fam == 'auto_renewal':
                if 'renewal_term_days' not in it or not is_num_or_blank(it.get('renewal_term_days')):
                    err(f'{r["file"]} auto_renewal: bad renewal_term_days')
    # hard negatives
    hns = r['hard_negatives']
    if not 5 <= len(hns) <= 10:
        err(f'{r["file"]}: {len(hns)} hard negatives, expected 5-10')
    for h in hns:
        for k in ('family', 'text', 'src', 'note'):
            if k not in h:
                err(f'{r["file"]} hard negative missing {k}')
        if h.get('family') not in FAMS:
            err(f'{r["file"]} hard negative bad family {h.get("family")}')
        c = occurrences(lines, h.get('text', ''))
        if c != 1:
            err(f'{r["file"]} hard negative found on {c} lines: {h.get("text", "")[:40]}')
        # a hard negative must not duplicate a label of the same family
        if any(h['text'] == it['text'] for it in r['labels'].get(h.get('family'), [])):
            err(f'{r["file"]} hard negative equals a {h["family"]} label: {h["text"][:40]}')
        hn_totals[h.get('family')] += 1
    print(f'{r["file"]}: {size}; ' + ', '.join(f'{k}={v}' for k, v in counts.items()) + f'; hard_negatives={len(hns)}')

print('TOTAL labels: ' + ', '.join(f'{k}={totals[k]}' for k in FAMS) + f' (all={sum(totals.values())})')
print('TOTAL hard negatives: ' + ', '.join(f'{k}={hn_totals[k]}' for k in FAMS) + f' (all={sum(hn_totals.values())})')
print(f'contracts: {len(recs)}')
if errors:
    print('\nFAILED:')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('OK')
