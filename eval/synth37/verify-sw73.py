#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw73. Prints OK and exits 0, else lists errors and exits 1."""
import json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
errs = []
FAMS = ['termination', 'penalty', 'notice', 'auto_renewal']
HOLDERS = {'client', 'provider', 'either', 'none'}
TRIGGERS = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'automatic'}
PURPOSES = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'cancellation',
            'personnel_change', 'other'}
BANNED = [r'(?<![\d.])30\s*%', r'(?<![\d.])30\s*％', r'百分之三十', r'5,?000(?![\d])', r'(?<![\d])5,000',
          r'5000', r'伍仟', r'五千', r'(?<![\d])180\s*(日|天|days?)', r'一百八十(日|天)', r'180']
NUM = (int, float)


def isnum(x):
    return isinstance(x, NUM) and not isinstance(x, bool)


def check_banned(where, s):
    for b in BANNED:
        if re.search(b, s):
            errs.append(f'{where}: banned figure /{b}/')


path = os.path.join(D, 'labels.jsonl')
recs = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
if len(recs) != 7:
    errs.append(f'expected 7 records, got {len(recs)}')
files = set()
for r in recs:
    f = r.get('file')
    for k in ['file', 'lang', 'labels_by', 'title', 'parties', 'labels', 'hard_negatives']:
        if k not in r:
            errs.append(f'{f}: missing key {k}')
    if r.get('lang') != 'zh' or r.get('labels_by') != 'sw73':
        errs.append(f'{f}: bad lang/labels_by')
    fp = os.path.join(D, f)
    if not os.path.isfile(fp):
        errs.append(f'{f}: file missing'); continue
    files.add(os.path.basename(f))
    text = open(fp, encoding='utf-8').read()
    lines = text.split('\n')
    if lines[0] != r.get('title'):
        errs.append(f'{f}: title mismatch')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 2500 <= han <= 6000:
        errs.append(f'{f}: Han count {han} out of range')
    check_banned(f, text)
    check_banned(f + ' labels', json.dumps(r, ensure_ascii=False))
    for p in r.get('parties', []):
        if not p.get('label') or not p.get('name') or p.get('role') not in ('provider', 'client'):
            errs.append(f'{f}: bad party {p}')

    def once(t, where):
        if not isinstance(t, str) or not t:
            errs.append(f'{where}: empty text'); return
        n = sum(1 for l in lines if t in l)
        if n != 1:
            errs.append(f'{where}: text found on {n} lines: {t[:40]}')

    labs = r.get('labels', {})
    for fam in FAMS:
        if fam not in labs or not isinstance(labs[fam], list):
            errs.append(f'{f}: family {fam} missing'); continue
        for i, x in enumerate(labs[fam]):
            w = f'{f} {fam}[{i}]'
            once(x.get('text'), w)
            if x.get('src') != 'writer':
                errs.append(f'{w}: src')
            if not isinstance(x.get('note'), str):
                errs.append(f'{w}: note')
            if fam == 'termination':
                if x.get('holder') not in HOLDERS or x.get('trigger') not in TRIGGERS:
                    errs.append(f'{w}: holder/trigger')
            elif fam == 'penalty':
                for k in ['percent', 'amount', 'floor']:
                    if k not in x or not (x[k] is None or isnum(x[k])):
                        errs.append(f'{w}: {k}')
                if 'base' not in x or not (x['base'] is None or isinstance(x['base'], str)):
                    errs.append(f'{w}: base')
                if not isinstance(x.get('per_day'), bool):
                    errs.append(f'{w}: per_day')
                if x.get('percent') is None and x.get('amount') is None:
                    errs.append(f'{w}: neither percent nor amount')
            elif fam == 'notice':
                if not isinstance(x.get('notice_days'), int) or isinstance(x.get('notice_days'), bool) \
                        or x['notice_days'] <= 0:
                    errs.append(f'{w}: notice_days')
                if x.get('purpose') not in PURPOSES:
                    errs.append(f'{w}: purpose')
            elif fam == 'auto_renewal':
                v = x.get('renewal_term_days', 'MISSING')
                if not (v is None or (isinstance(v, int) and not isinstance(v, bool))):
                    errs.append(f'{w}: renewal_term_days')
    hn = r.get('hard_negatives', [])
    if not 5 <= len(hn) <= 10:
        errs.append(f'{f}: {len(hn)} hard negatives')
    for i, x in enumerate(hn):
        w = f'{f} hn[{i}]'
        once(x.get('text'), w)
        if x.get('family') not in FAMS or x.get('src') != 'writer' or not isinstance(x.get('note'), str):
            errs.append(f'{w}: fields')
        fam = x.get('family')
        if fam in labs and any(l.get('text') == x.get('text') for l in labs[fam]):
            errs.append(f'{w}: same text labelled positive in same family')

ondisk = set(os.listdir(os.path.join(D, 'texts')))
if ondisk != files:
    errs.append(f'texts/ mismatch: {sorted(ondisk ^ files)}')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
