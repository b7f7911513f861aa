#!/usr/bin/env python3
"""sw29 self-check: labels.jsonl vs texts/*.txt."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
FAMS = {
    'termination': {'holder': {'client', 'provider', 'either', 'both', 'none'},
                    'trigger': {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'expiry', 'automatic'}},
    'penalty': {'percent': None, 'amount': None, 'floor': None, 'base': None, 'per_day': None},
    'notice': {'notice_days': None,
               'purpose': {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension',
                           'personnel_change', 'other'}},
    'auto_renewal': {'renewal_term_days': None},
}
TERM = '。；！？;!?'
errors = []

def err(msg):
    errors.append(msg)

def on_one_line(text, lines):
    for ln in lines:
        if text == ln:
            return True
        i = ln.find(text)
        while i != -1:
            before_ok = i == 0 or ln[i - 1] in TERM or ln[i - 1] == ' '
            after_ok = text[-1] in TERM or i + len(text) == len(ln)
            if before_ok and after_ok:
                return True
            i = ln.find(text, i + 1)
    return False

def han(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))

recs = [json.loads(l) for l in open(os.path.join(BASE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
if len(recs) != 7:
    err(f'expected 7 records, got {len(recs)}')
tot = {f: 0 for f in FAMS}; tot['hard_negatives'] = 0
files_seen = set()
for r in recs:
    for k in ('file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives'):
        if k not in r:
            err(f'{r.get("file")}: missing {k}')
    fn = r['file']; files_seen.add(fn)
    path = os.path.join(BASE, fn)
    if not os.path.exists(path):
        err(f'{fn}: file missing'); continue
    raw = open(path, encoding='utf-8').read()
    lines = [l for l in raw.split('\n')]
    if r['labels_by'] != 'sw29': err(f'{fn}: labels_by')
    if r['lang'] != 'zh': err(f'{fn}: lang')
    if r['title'] != lines[0]: err(f'{fn}: title != first line')
    n = han(raw)
    if not 2500 <= n <= 6000: err(f'{fn}: {n} Han chars out of range')
    for bad in ('30%', '30％', '百分之三十', '180日', '180天', '一百八十'):
        if bad in raw: err(f'{fn}: forbidden figure {bad}')
    if re.search(r'(?<![\d,])5,?000(?![\d,])', raw): err(f'{fn}: forbidden figure 5000')
    if not r['parties'] or any(set(p) != {'label', 'role', 'name'} or p['role'] not in ('client', 'provider')
                               for p in r['parties']):
        err(f'{fn}: parties malformed')
    for p in r['parties']:
        if p['name'] not in raw: err(f'{fn}: party name {p["name"]} not in text')
    counts = {}
    for fam, spec in FAMS.items():
        items = r['labels'].get(fam)
        if items is None:
            err(f'{fn}: labels.{fam} missing'); continue
        counts[fam] = len(items); tot[fam] += len(items)
        texts = [it['text'] for it in items]
        for it in items:
            for k in ('text', 'src', 'note'):
                if k not in it: err(f'{fn}/{fam}: missing {k}')
            if it.get('src') != 'writer': err(f'{fn}/{fam}: src')
            for k, allowed in spec.items():
                if k not in it:
                    err(f'{fn}/{fam}: missing field {k} in {it["text"][:30]}')
                elif allowed and it[k] not in allowed:
                    err(f'{fn}/{fam}: bad {k}={it[k]}')
            if fam == 'penalty':
                if not isinstance(it.get('per_day'), bool): err(f'{fn}: per_day not bool')
                for k in ('percent', 'amount', 'floor'):
                    if it.get(k) is not None and not isinstance(it[k], (int, float)): err(f'{fn}: {k} not number')
            if fam == 'notice' and not isinstance(it.get('notice_days'), int): err(f'{fn}: notice_days not int')
            if not on_one_line(it['text'], lines):
                err(f'{fn}/{fam}: not verbatim on one line: {it["text"][:40]}')
        if len(set(texts)) != len(texts): err(f'{fn}/{fam}: duplicate label text')
    hn = r['hard_negatives']
    if not 5 <= len(hn) <= 10: err(f'{fn}: {len(hn)} hard negatives (need 5-10)')
    tot['hard_negatives'] += len(hn)
    for h in hn:
        for k in ('family', 'text', 'src', 'note'):
            if k not in h: err(f'{fn}/hn: missing {k}')
        if h.get('family') not in FAMS: err(f'{fn}/hn: bad family {h.get("family")}')
        if not on_one_line(h['text'], lines): err(f'{fn}/hn: not verbatim: {h["text"][:40]}')
        if h['text'] in [it['text'] for it in r['labels'].get(h['family'], [])]:
            err(f'{fn}/hn: same text labelled positive in {h["family"]}')
    print(f'{fn:40s} han={n:5d} ' + ' '.join(f'{k}={v}' for k, v in counts.items()) + f' hn={len(hn)}')
on_disk = {'texts/' + f for f in os.listdir(os.path.join(BASE, 'texts')) if f.endswith('.txt')}
if on_disk != files_seen: err(f'texts on disk vs labels mismatch: {on_disk ^ files_seen}')
print('TOTAL', ' '.join(f'{k}={v}' for k, v in tot.items()))
if errors:
    print('\nFAIL'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
