#!/usr/bin/env python3
"""Validate traps.jsonl and fair.jsonl for writer AZ."""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
W = "AZ"
errors = []

def err(msg):
    errors.append(msg)

# expected traps from the list
lst = open('/tmp/trapw/trap-list.md', encoding='utf-8').read()
expected = {}
for m in re.finditer(r'^- (zh|en)-(T\d\d) \[(\w+)\] (.+)$', lst, re.M):
    lang, t, fam, rest = m.groups()
    topic = rest.split(' / ', 1)[1] if lang == 'zh' else rest
    expected[f"{lang}-{t}"] = (fam, topic.strip())
if len(expected) != 45:
    err(f"trap list parsed {len(expected)} entries, expected 45")

STOCK = [r'30\s*%', r'5000\s*元', r'30\s*天', r'180\s*日', '三十天', '三成', '百分之三十', r'5,000', r'180\s*天',
         r'30\s*days', r'thirty',
         # stricter: no 30 / 180 / 5000 in any form
         r'(?<!\d)30(?!\d)', r'(?<!\d)180(?!\d)', r'(?<!\d)5,?000(?!\d)', '三十', '一百八十', '五千', '伍仟元']
STOCK_RE = [re.compile(p, re.I) for p in STOCK]

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line"); continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows

def check_text(rid, lang, text, client):
    if not isinstance(text, str) or not text:
        err(f"{rid}: empty text"); return
    if '\n' in text or '\r' in text:
        err(f"{rid}: newline in text")
    if not client or client not in text:
        err(f"{rid}: client {client!r} not a substring of text")
    if lang == 'zh':
        n = len(text)
        if not 40 <= n <= 260:
            err(f"{rid}: zh length {n} outside 40-260")
    elif lang == 'en':
        n = len(text.split())
        if not 25 <= n <= 130:
            err(f"{rid}: en words {n} outside 25-130")
    else:
        err(f"{rid}: bad lang {lang!r}")
    for r in STOCK_RE:
        m = r.search(text)
        if m:
            err(f"{rid}: stock figure {m.group(0)!r}")

AGENCY_GLOSS = re.compile(r'甲方（[^）]*(受托|服务|代运营|运营|托管)[^）]*）')
MERCHANT_GLOSS = re.compile(r'乙方（[^）]*(店铺|商家|委托)[^）]*）')

ids = set()
traps = load('traps.jsonl')
seen = {}
swapped_traps = 0
for n, o in traps:
    rid = o.get('id')
    if rid in ids: err(f"duplicate id {rid}")
    ids.add(rid)
    for k in ('id', 'trap', 'lang', 'family', 'topic', 'wording', 'client', 'text'):
        if k not in o: err(f"{rid}: missing {k}")
    key = f"{o.get('lang')}-{o.get('trap')}"
    if rid != f"{key}-{W}": err(f"{rid}: id should be {key}-{W}")
    if o.get('wording') != W: err(f"{rid}: wording != {W}")
    if key not in expected:
        err(f"{rid}: trap {key} not in list")
    else:
        fam, topic = expected[key]
        if o.get('family') != fam: err(f"{rid}: family {o.get('family')!r} != {fam!r}")
        if o.get('topic') != topic: err(f"{rid}: topic {o.get('topic')!r} != {topic!r}")
    seen[key] = seen.get(key, 0) + 1
    check_text(rid, o.get('lang'), o.get('text'), o.get('client'))
    if o.get('lang') == 'zh' and o.get('client') == '乙方':
        if AGENCY_GLOSS.search(o['text']) and MERCHANT_GLOSS.search(o['text']):
            swapped_traps += 1
        else:
            err(f"{rid}: client is 乙方 but the agency/merchant gloss is missing")
for k in expected:
    if seen.get(k, 0) != 1:
        err(f"trap {k}: {seen.get(k, 0)} clauses (need exactly 1)")
if swapped_traps < 6:
    err(f"only {swapped_traps} trap clauses with 甲方 = agency (need >= 6)")

fair = load('fair.jsonl')
FAM = {'termination', 'penalty', 'notice', 'auto_renewal', 'other'}
nz = ne = swapped_fair = 0
for n, o in fair:
    rid = o.get('id')
    if rid in ids: err(f"duplicate id {rid}")
    ids.add(rid)
    for k in ('id', 'lang', 'family', 'topic', 'client', 'text'):
        if k not in o: err(f"{rid}: missing {k}")
    if not re.fullmatch(rf"(zh|en)-F{W}\d\d", rid or ''): err(f"{rid}: bad fair id")
    elif not rid.startswith(o.get('lang', '?') + '-'): err(f"{rid}: lang mismatch")
    if o.get('family') not in FAM: err(f"{rid}: bad family {o.get('family')!r}")
    nz += o.get('lang') == 'zh'; ne += o.get('lang') == 'en'
    check_text(rid, o.get('lang'), o.get('text'), o.get('client'))
    if o.get('lang') == 'zh' and o.get('client') == '乙方':
        if AGENCY_GLOSS.search(o['text']) and MERCHANT_GLOSS.search(o['text']):
            swapped_fair += 1
        else:
            err(f"{rid}: client is 乙方 but the agency/merchant gloss is missing")
if (nz, ne) != (12, 5):
    err(f"fair clauses zh={nz} en={ne}, need 12 and 5")
if swapped_fair < 2:
    err(f"only {swapped_fair} fair clauses with 甲方 = agency (need >= 2)")

print(f"traps: {len(traps)} (甲方=agency: {swapped_traps}); fair: {len(fair)} (zh {nz}, en {ne}; 甲方=agency: {swapped_fair})")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
