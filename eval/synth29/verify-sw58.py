#!/usr/bin/env python3
"""Checks labels.jsonl against texts/ for writer sw58 (English)."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
errs = []
def err(m): errs.append(m)
FAM = {'termination', 'penalty', 'notice', 'auto_renewal'}
HOLDER = {'client', 'provider', 'either', 'both', 'none'}
TRIG = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'expiry', 'automatic'}
PURP = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'personnel_change', 'other'}
BANNED = [r'(?<![\d.,])30\s?%', r'\b30 per ?cent', r'\bthirty per ?cent', r'\bthirty percent',
          r'(?<![\d,])5,?000(?![\d,])', r'\d5,000', r'\d5000', r'\bfive thousand',
          r'\b180 days', r'one hundred (and )?eighty']
num = lambda v: v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
recs = [json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8') if l.strip()]
if len(recs) != 7: err(f'expected 7 records, got {len(recs)}')
files = sorted(os.listdir(os.path.join(D, 'texts')))
if len(files) != 7: err(f'expected 7 text files, got {len(files)}')
tot = {k: 0 for k in FAM}; tot['hard_negatives'] = 0
for r in recs:
    f = r['file']; p = os.path.join(D, f)
    if not os.path.exists(p): err(f'missing {f}'); continue
    raw = open(p, encoding='utf-8').read()
    lines = [l for l in raw.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    words = len(raw.split())
    if not 1500 <= words <= 3500: err(f'{f}: {words} words outside 1500-3500')
    if r.get('lang') != 'en': err(f'{f}: lang')
    if r.get('labels_by') != 'sw58': err(f'{f}: labels_by')
    if r.get('title') != lines[0] or not lines[0].strip(): err(f'{f}: title mismatch')
    for pat in BANNED:
        m = re.search(pat, raw, re.I)
        if m: err(f'{f}: banned figure {m.group(0)!r}')
    roles = {p_['role'] for p_ in r['parties']}
    if roles != {'client', 'provider'}: err(f'{f}: roles {roles}')
    for p_ in r['parties']:
        if p_['name'] not in raw: err(f'{f}: party name not in text {p_["name"]}')
        if p_['label'].lower().replace('the ', '') not in raw.lower(): err(f'{f}: party label {p_["label"]}')
    def online(t):
        return any(t == l or (t in l and len(t) > 20) for l in lines)
    labelled = {k: set() for k in FAM}
    for fam, items in r['labels'].items():
        if fam not in FAM: err(f'{f}: bad family {fam}'); continue
        for it in items:
            t = it.get('text', '')
            labelled[fam].add(t)
            if not online(t): err(f'{f}: {fam} text not on a line: {t[:60]}')
            if it.get('src') != 'writer' or not it.get('note'): err(f'{f}: src/note {t[:40]}')
            if fam == 'termination':
                if it.get('holder') not in HOLDER or it.get('trigger') not in TRIG: err(f'{f}: termination fields {t[:40]}')
            elif fam == 'penalty':
                for k in ('percent', 'amount', 'floor'):
                    if k not in it or not num(it[k]): err(f'{f}: penalty {k} {t[:40]}')
                if 'base' not in it or not (it['base'] is None or isinstance(it['base'], str)): err(f'{f}: penalty base')
                if isinstance(it.get('base'), str) and it['base'] not in raw: err(f'{f}: base words not in text {it["base"]}')
                if not isinstance(it.get('per_day'), bool): err(f'{f}: per_day')
            elif fam == 'notice':
                if not isinstance(it.get('notice_days'), int) or it['notice_days'] <= 0: err(f'{f}: notice_days {t[:40]}')
                if it.get('purpose') not in PURP: err(f'{f}: purpose {t[:40]}')
            elif fam == 'auto_renewal':
                if 'renewal_term_days' not in it or not num(it['renewal_term_days']): err(f'{f}: renewal_term_days')
        tot[fam] += len(items)
    hn = r.get('hard_negatives', [])
    if not 5 <= len(hn) <= 10: err(f'{f}: {len(hn)} hard negatives')
    tot['hard_negatives'] += len(hn)
    for h in hn:
        if h.get('family') not in FAM: err(f'{f}: hn family')
        if h.get('src') != 'writer' or not h.get('note'): err(f'{f}: hn src/note')
        if not online(h.get('text', '')): err(f'{f}: hn text not on a line: {h.get("text","")[:60]}')
        if h.get('text') in labelled.get(h.get('family'), set()): err(f'{f}: hn also labelled in same family: {h["text"][:50]}')
    c = {k: len(v) for k, v in r['labels'].items()}
    print(f'{f:40s} words={words:5d} T={c.get("termination",0)} P={c.get("penalty",0)} N={c.get("notice",0)} A={c.get("auto_renewal",0)} HN={len(hn)}')
print('totals:', tot)
if errs:
    print('\n'.join('ERROR: ' + e for e in errs)); sys.exit(1)
print('OK')
