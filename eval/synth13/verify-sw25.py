#!/usr/bin/env python3
"""Checker for sw25's labelled contracts (synth13).

Checks: every label / hard-negative text is a whole line, or a whole sentence of one line
(a leading clause number may be dropped from the first sentence); required fields and types;
Han-character size 2,500-6,000; 5-10 hard negatives; title = first line; forbidden figures.
Prints counts per contract and per family. Exit code 1 on any error.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = {
    'termination': {'holder': {'client', 'provider', 'either', 'both', 'none'},
                    'trigger': {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'expiry', 'automatic'}},
    'penalty': {'percent': None, 'amount': None, 'floor': None, 'base': None, 'per_day': None},
    'notice': {'notice_days': None,
               'purpose': {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension',
                           'personnel_change', 'other'}},
    'auto_renewal': {'renewal_term_days': None},
}
PFX = re.compile(r'^(\d+(\.\d+)*\.?\s+|（[一二三四五六七八九十\d]+）|\(\w+\)|第[一二三四五六七八九十]+条\s*)')
errors = []


def err(msg):
    errors.append(msg)


def sentences(line):
    return [s for s in re.findall(r'[^。！？]*[。！？]?', line) if s]


def units(line):
    out = {line}
    m = PFX.match(line)
    if m:
        out.add(line[m.end():])
    ss = sentences(line)
    for i, s in enumerate(ss):
        out.add(s)
        if i == 0:
            m = PFX.match(s)
            if m:
                out.add(s[m.end():])
    return out


def where(text, lines):
    return [i + 1 for i, l in enumerate(lines) if text in units(l)]


def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


totals = {f: 0 for f in FAMS}
tot_hn = 0
rows = [l for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
if len(rows) != 7:
    err(f'expected 7 contracts, got {len(rows)}')
for row in rows:
    o = json.loads(row)
    for k in ('file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives'):
        if k not in o:
            err(f'{o.get("file")}: missing key {k}')
    path = os.path.join(HERE, o['file'])
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    name = o['file']
    if o['lang'] != 'zh' or o['labels_by'] != 'sw25':
        err(f'{name}: lang/labels_by')
    if o['title'] != lines[0]:
        err(f'{name}: title is not the first line')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 2500 <= han <= 6000:
        err(f'{name}: {han} Han characters')
    for bad in ('30%', '30 %', '百分之三十', '5000', '5,000', '180日', '180天', '一百八十'):
        if bad in text:
            err(f'{name}: forbidden figure {bad}')
    for p in o['parties']:
        if set(p) != {'label', 'role', 'name'} or p['role'] not in ('client', 'provider'):
            err(f'{name}: bad party {p}')
        if p['name'] not in text or p['label'] not in text:
            err(f'{name}: party not in text {p}')
    counts = {}
    for fam, spec in FAMS.items():
        items = o['labels'].get(fam)
        if items is None:
            err(f'{name}: family {fam} missing')
            continue
        counts[fam] = len(items)
        totals[fam] += len(items)
        for it in items:
            for k in ('text', 'src', 'note', *spec):
                if k not in it:
                    err(f'{name}/{fam}: missing {k}: {it.get("text", "")[:30]}')
            for k, allowed in spec.items():
                if allowed and it.get(k) not in allowed:
                    err(f'{name}/{fam}: bad {k}={it.get(k)}')
            if fam == 'penalty':
                for k in ('percent', 'amount', 'floor'):
                    if it[k] is not None and not isnum(it[k]):
                        err(f'{name}: penalty {k} not numeric')
                if not isinstance(it['per_day'], bool):
                    err(f'{name}: per_day not bool')
            if fam == 'notice' and not isinstance(it['notice_days'], int):
                err(f'{name}: notice_days not int')
            if fam == 'auto_renewal' and it['renewal_term_days'] is not None and not isnum(it['renewal_term_days']):
                err(f'{name}: renewal_term_days not numeric')
            if it['src'] != 'writer':
                err(f'{name}: src')
            if not where(it['text'], lines):
                err(f'{name}/{fam}: not a verbatim line/sentence: {it["text"][:40]}')
    hn = o['hard_negatives']
    tot_hn += len(hn)
    if not 5 <= len(hn) <= 10:
        err(f'{name}: {len(hn)} hard negatives')
    labelled = {(f, it['text']) for f in FAMS for it in o['labels'].get(f, [])}
    for h in hn:
        for k in ('family', 'text', 'src', 'note'):
            if k not in h:
                err(f'{name}: HN missing {k}')
        if h['family'] not in FAMS:
            err(f'{name}: HN family {h["family"]}')
        if (h['family'], h['text']) in labelled:
            err(f'{name}: HN is also labelled in same family: {h["text"][:30]}')
        if not where(h['text'], lines):
            err(f'{name}: HN not verbatim: {h["text"][:40]}')
    print(f'{name:45s} han={han:5d} ' + ' '.join(f'{k}={v}' for k, v in counts.items()) + f' hn={len(hn)}')

print('TOTAL ' + ' '.join(f'{k}={v}' for k, v in totals.items()) + f' hn={tot_hn}')
if errors:
    print('\nERRORS:')
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('OK')
