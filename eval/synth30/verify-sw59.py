#!/usr/bin/env python3
"""Verify sw59 contracts and labels."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
errs = []
def err(m): errs.append(m)
FAM = ['termination', 'penalty', 'notice', 'auto_renewal']
HOLD = {'client', 'provider', 'either', 'both', 'none'}
TRIG = {'at_will', 'for_cause', 'missed_target', 'force_majeure', 'expiry', 'automatic'}
PURP = {'termination', 'non_renewal', 'price_change', 'terms_change', 'suspension', 'personnel_change', 'other'}
FORBID = ['30%', '30 %', '30％', '百分之三十', '5000', '5,000', '五千', '180日', '180天', '180 days', '一百八十']
def num_or_null(v): return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
def on_one_line(text, lines):
    for l in lines:
        if text == l: return True
        if text in l:
            # must be a whole sentence of the line
            i = l.find(text)
            before_ok = i == 0 or l[i-1] in '。；;：:！？ '
            after_ok = text[-1] in '。；;！？' or i + len(text) == len(l)
            if before_ok and after_ok: return True
    return False
recs = [json.loads(x) for x in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8') if x.strip()]
files = sorted(os.listdir(os.path.join(D, 'texts')))
if len(recs) != 7: err('expected 7 records, got %d' % len(recs))
if sorted(r['file'] for r in recs) != ['texts/' + f for f in files]: err('file list mismatch')
tot = {f: 0 for f in FAM}; tot_hn = 0
print('%-28s %6s %4s %4s %4s %4s %3s' % ('file', 'han', 'term', 'pen', 'not', 'auto', 'hn'))
for r in recs:
    p = os.path.join(D, r['file'])
    raw = open(p, encoding='utf-8').read()
    lines = raw.split('\n')
    han = len(re.findall(r'[\u4e00-\u9fff]', raw))
    if r['lang'] == 'zh' and not (2500 <= han <= 6000): err('%s size %d' % (r['file'], han))
    if r['lang'] != 'zh': err('%s lang' % r['file'])
    if r['labels_by'] != 'sw59': err('labels_by')
    if r['title'] != lines[0]: err('%s title mismatch' % r['file'])
    for fb in FORBID:
        if fb in raw: err('%s contains forbidden %s' % (r['file'], fb))
    roles = {pt['role'] for pt in r['parties']}
    if roles != {'client', 'provider'}: err('%s roles' % r['file'])
    for pt in r['parties']:
        if pt['name'] not in raw: err('%s party name %s' % (r['file'], pt['name']))
    if set(r['labels']) != set(FAM): err('%s families' % r['file'])
    labelled = {f: set() for f in FAM}
    for fam in FAM:
        for it in r['labels'][fam]:
            t = it.get('text', '')
            if not on_one_line(t, lines): err('%s %s not verbatim: %s' % (r['file'], fam, t[:30]))
            if it.get('src') != 'writer' or not it.get('note'): err('%s src/note' % r['file'])
            labelled[fam].add(t)
            if fam == 'termination':
                if it.get('holder') not in HOLD or it.get('trigger') not in TRIG: err('%s bad term fields %s' % (r['file'], t[:20]))
            elif fam == 'penalty':
                for k in ['percent', 'amount', 'floor']:
                    if k not in it or not num_or_null(it[k]): err('%s penalty %s' % (r['file'], k))
                if 'base' not in it or not (it['base'] is None or isinstance(it['base'], str)): err('%s base' % r['file'])
                if isinstance(it.get('base'), str) and it['base'] not in raw: err('%s base not in text: %s' % (r['file'], it['base']))
                if not isinstance(it.get('per_day'), bool): err('%s per_day' % r['file'])
            elif fam == 'notice':
                if not isinstance(it.get('notice_days'), int) or it['notice_days'] <= 0: err('%s notice_days' % r['file'])
                if it.get('purpose') not in PURP: err('%s purpose' % r['file'])
            else:
                if 'renewal_term_days' not in it or not num_or_null(it['renewal_term_days']): err('%s renewal_term_days' % r['file'])
        tot[fam] += len(r['labels'][fam])
    hn = r['hard_negatives']
    if not (5 <= len(hn) <= 10): err('%s has %d hard negatives' % (r['file'], len(hn)))
    for h in hn:
        if h.get('family') not in FAM: err('%s hn family' % r['file'])
        if not on_one_line(h.get('text', ''), lines): err('%s hn not verbatim: %s' % (r['file'], h.get('text', '')[:30]))
        if h.get('src') != 'writer' or not h.get('note'): err('%s hn src/note' % r['file'])
        if h.get('text') in labelled.get(h.get('family'), set()): err('%s line both label and hn in %s' % (r['file'], h['family']))
    tot_hn += len(hn)
    c = [len(r['labels'][f]) for f in FAM]
    print('%-28s %6d %4d %4d %4d %4d %3d' % (r['file'][6:], han, *c, len(hn)))
print('totals:', tot, 'hard_negatives:', tot_hn)
# provider-as-甲方 in at least two contracts
n = sum(1 for r in recs for pt in r['parties'] if pt['label'] == '甲方' and pt['role'] == 'provider')
if n < 2: err('甲方 is provider in fewer than two contracts')
if errs:
    for e in errs: print('ERROR', e)
    sys.exit(1)
print('OK')
