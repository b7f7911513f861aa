# -*- coding: utf-8 -*-
"""Validate traps-<w>.jsonl / fair-<w>.jsonl for wordings CY and CZ. Prints OK when all checks pass."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
WORDINGS = ['cy', 'cz']
FAMILIES = {'termination', 'penalty', 'notice', 'auto_renewal', 'other'}
TRAP_FIELDS = ['id', 'trap', 'lang', 'family', 'topic', 'wording', 'client', 'text']
FAIR_FIELDS = ['id', 'lang', 'family', 'topic', 'client', 'text']
ZH_CLIENT = set('甲方 乙方 委托方 商家 您 用户 老板 店主 店家 客户 你方 你们 贵司 店铺方 品牌方 客户方 卖家 商户 贵方 学员 Brand'.split())
BANNED_DIGITS = ['30', '5000', '180']
BANNED_TEXT = ['三十', '五千', '一百八十', '叁拾', '伍仟', '壹佰捌拾', '0.5w', '5k',
               'thirty', 'five thousand', 'one hundred and eighty', 'one hundred eighty']
EXPECTED_TRAPS = [f'zh-T{i:02d}' for i in range(1, 35)] + [f'en-T{i:02d}' for i in range(1, 12)]
errors = []

def err(msg):
    errors.append(msg)

def check_text(rid, text):
    if '\n' in text or '\r' in text:
        err(f'{rid}: newline in text')
    flat = re.sub(r'(?<=\d),(?=\d)', '', text)
    for run in re.findall(r'\d+', flat):
        for b in BANNED_DIGITS:
            if b in run:
                err(f'{rid}: banned figure {b} in digit run {run}')
    low = text.lower()
    for b in BANNED_TEXT:
        if b.lower() in low:
            err(f'{rid}: banned text {b!r}')

def load(path):
    recs = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f'{path}:{n}: blank line'); continue
            try:
                recs.append(json.loads(line))
            except Exception as e:
                err(f'{path}:{n}: bad JSON {e}')
    return recs

all_ids = set()
for w in WORDINGS:
    W = w.upper()
    traps = load(os.path.join(HERE, f'traps-{w}.jsonl'))
    fair = load(os.path.join(HERE, f'fair-{w}.jsonl'))
    if len(traps) != 45: err(f'{w}: {len(traps)} traps, expected 45')
    if len(fair) != 17: err(f'{w}: {len(fair)} fair, expected 17')
    got = []
    for r in traps:
        rid = r.get('id', '?')
        for k in TRAP_FIELDS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err(f'{rid}: missing/empty field {k}')
        if set(r) - set(TRAP_FIELDS): err(f'{rid}: extra fields {set(r) - set(TRAP_FIELDS)}')
        if r.get('family') not in FAMILIES: err(f'{rid}: bad family')
        if r.get('wording') != W: err(f'{rid}: wording mismatch')
        m = re.fullmatch(r'(zh|en)-(T\d\d)-' + W, rid)
        if not m: err(f'{rid}: bad id'); continue
        if m.group(1) != r.get('lang') or m.group(2) != r.get('trap'): err(f'{rid}: lang/trap mismatch')
        got.append(f'{m.group(1)}-{m.group(2)}')
        if rid in all_ids: err(f'{rid}: duplicate id')
        all_ids.add(rid)
        check_text(rid, r.get('text', ''))
        if r.get('client') and r['client'] not in r.get('text', ''):
            err(f'{rid}: client word {r["client"]!r} not in text')
        if r.get('lang') == 'zh' and r.get('client') not in ZH_CLIENT:
            print(f'note: {rid} uses company short name {r.get("client")!r} as client')
    if sorted(got) != sorted(EXPECTED_TRAPS): err(f'{w}: trap set mismatch')
    exp_fair = [f'zh-F{W}{i:02d}' for i in range(1, 13)] + [f'en-F{W}{i:02d}' for i in range(1, 6)]
    if sorted(r.get('id') for r in fair) != sorted(exp_fair): err(f'{w}: fair id set mismatch')
    for r in fair:
        rid = r.get('id', '?')
        for k in FAIR_FIELDS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err(f'{rid}: missing/empty field {k}')
        if set(r) - set(FAIR_FIELDS): err(f'{rid}: extra fields')
        if r.get('family') not in FAMILIES: err(f'{rid}: bad family')
        if not rid.startswith(r.get('lang', '') + '-'): err(f'{rid}: lang mismatch')
        if rid in all_ids: err(f'{rid}: duplicate id')
        all_ids.add(rid)
        check_text(rid, r.get('text', ''))
        if r.get('client') and r['client'] not in r.get('text', ''):
            err(f'{rid}: client word {r["client"]!r} not in text')
    # roles: count zh items where the merchant is 乙方 (i.e. 甲方 is the agency)
    zt = sum(1 for r in traps if r.get('lang') == 'zh' and r.get('client') == '乙方')
    zf = sum(1 for r in fair if r.get('lang') == 'zh' and r.get('client') == '乙方')
    if not 8 <= zt <= 12: err(f'{w}: {zt} zh traps with agency as 甲方, expected 8-12')
    if not 2 <= zf <= 3: err(f'{w}: {zf} zh fair with agency as 甲方, expected 2-3')
    print(f'{W}: traps={len(traps)} fair={len(fair)} agency-as-甲方: traps={zt} fair={zf}')

if errors:
    print('\n'.join(errors)); print(f'FAILED ({len(errors)} problems)'); sys.exit(1)
print('OK')
