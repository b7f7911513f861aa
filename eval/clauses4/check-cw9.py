#!/usr/bin/env python3
"""Validate clauses-cw9.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'clauses-cw9.jsonl')
ID = 'cw9'
QUOTA = {('termination', 'positive'): 25, ('termination', 'negative'): 20,
         ('penalty', 'positive'): 25, ('penalty', 'negative'): 20,
         ('notice', 'positive'): 20, ('notice', 'negative'): 15,
         ('auto_renewal', 'positive'): 12, ('auto_renewal', 'negative'): 13}
KEYS = ['id', 'lang', 'family', 'kind', 'style', 'client', 'text', 'values']
VALUE_KEYS = {'termination': {'holder'},
              'penalty': {'percent', 'per_day', 'amount', 'floor', 'base'},
              'notice': {'notice_days'},
              'auto_renewal': {'renewal_term_days'}}
HOLDERS = {'client', 'provider', 'either', 'both', 'none'}
CLIENTS_OK = {'', '甲方', '乙方', '委托方', '委托人', '承租人', '承包方', '定作人', '用人单位', '业主',
              '业主委员会', '商户', '商家', '需方', '贵司', '用户', '发包人'}

errors, warnings = [], []
def err(m): errors.append(m)

def is_num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)

# ---- Chinese numeral parsing for figure-reuse check
CN = {'零': 0, '〇': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
      '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9}
UNIT = {'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
def cn2num(s):
    if re.fullmatch(r'[\d.]+', s): return float(s)
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN: num = CN[ch]
        elif ch in UNIT:
            section += (num or 1) * UNIT[ch]; num = 0
        elif ch in '万萬':
            total += (section + num) * 10000; section, num = 0, 0
    return total + section + num
NUM = r'([\d.]+|[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万]+)'
DUR = {'日': 1, '天': 1, '个工作日': 1, '工作日': 1, '小时': 1 / 24, '周': 7, '个月': 30, '年': 365,
       '个自然月': 30, '个季度': 90, '个年度': 365}
def figures(text):
    out = []
    t = re.sub(r'第[\d.一二三四五六七八九十（）()]+[条项款]', '', text)   # article references
    t = re.sub(r'附件[一二三四五六七八九十\d]+', '', t)
    t = re.sub(r'每(逾期)?一日|一年期', '', t)                      # rate units, not figures
    for m in re.finditer(r'(万|千|百)分之' + NUM, t):
        den = {'万': 10000, '千': 1000, '百': 100}[m.group(1)]
        out.append(('pct', round(cn2num(m.group(2)) * 100 / den, 4)))
    t2 = re.sub(r'(万|千|百)分之' + NUM, '', t)
    for m in re.finditer(NUM + r'\s*%', t2):
        out.append(('pct', round(cn2num(m.group(1)), 4)))
    for m in re.finditer(NUM + r'(个工作日|工作日|个自然月|个季度|个年度|个月|小时|日|天|周(?!期)|年(?!度))', t2):
        if m.group(1) in ('每',): continue
        out.append(('days', round(cn2num(m.group(1)) * DUR[m.group(2)], 3)))
    for m in re.finditer(NUM + r'元', t2):
        out.append(('yuan', cn2num(m.group(1))))
    for m in re.finditer(NUM + r'倍', t2):
        out.append(('times', cn2num(m.group(1))))
    return out

lines = open(PATH, encoding='utf-8').read().splitlines()
ids, texts = set(), {}
counts = Counter()
figs = Counter(); fig_where = defaultdict(list)
for n, line in enumerate(lines, 1):
    if not line.strip():
        err(f'line {n}: blank line'); continue
    try:
        o = json.loads(line)
    except Exception as e:
        err(f'line {n}: bad JSON {e}'); continue
    if list(o.keys()) != KEYS and set(o.keys()) != set(KEYS):
        err(f'line {n}: keys {list(o.keys())}')
        continue
    i = o['id']
    if i in ids: err(f'line {n}: duplicate id {i}')
    ids.add(i)
    if not re.fullmatch(rf'{ID}-zh-(term|pen|notice|renew)-\d{{3}}', i): err(f'{i}: bad id format')
    if o['lang'] != 'zh': err(f'{i}: lang must be zh')
    fam, kind, v, text = o['family'], o['kind'], o['values'], o['text']
    if fam not in VALUE_KEYS: err(f'{i}: bad family {fam}'); continue
    if kind not in ('positive', 'negative'): err(f'{i}: bad kind {kind}')
    for k in ('style', 'client', 'text'):
        if not isinstance(o[k], str): err(f'{i}: {k} not a string')
    if not o['style'].strip(): err(f'{i}: empty style')
    if o['client'] not in CLIENTS_OK: err(f'{i}: unexpected client {o["client"]!r}')
    if not isinstance(v, dict): err(f'{i}: values not an object'); continue
    counts[(fam, kind)] += 1
    # text checks
    if not re.search(r'[\u4e00-\u9fff]', text): err(f'{i}: text has no Chinese')
    if re.search(r'[A-Za-z]{4,}', text): err(f'{i}: long Latin word in Chinese text')
    if not text.endswith(('。', '；', '：')): err(f'{i}: clause must end with 。/；/：')
    if len(text) < 18: err(f'{i}: text too short to be a full clause ({len(text)})')
    if text in texts: err(f'{i}: duplicate text of {texts[text]}')
    texts[text] = i
    if re.match(r'^（[一二三四五六七八九十]+）', text) and len(text) < 22:
        err(f'{i}: list item looks like a bare fragment')
    # forbidden figures
    if re.search(r'30\s*%|百分之三十|三成', text): err(f'{i}: uses 30%')
    if re.search(r'5,?000|伍仟|五千', text): err(f'{i}: uses 5000')
    if re.search(r'180|一百八十|壹佰捌拾|六个月|半年', text): err(f'{i}: uses 180 days / six months')
    for f in figures(text):
        figs[f] += 1; fig_where[f].append(i)
    # values
    if kind == 'negative':
        if v != {}: err(f'{i}: negative must have values {{}}')
        continue
    extra = set(v) - VALUE_KEYS[fam]
    if extra: err(f'{i}: unexpected value keys {extra}')
    if fam == 'termination':
        if 'holder' in v and v['holder'] not in HOLDERS: err(f'{i}: bad holder {v["holder"]}')
        if not v and not re.match(r'^（[一二三四五六七八九十]+）', text):
            warnings.append(f'{i}: termination positive without holder (not a list item)')
    elif fam == 'penalty':
        for k in ('percent', 'amount', 'floor'):
            if k in v and not (is_num(v[k]) or v[k] == 'blank'): err(f'{i}: {k} must be number or "blank"')
        if 'per_day' in v and not isinstance(v['per_day'], bool): err(f'{i}: per_day must be bool')
        if 'per_day' in v and 'percent' not in v and 'amount' not in v: err(f'{i}: per_day without a rate')
        if 'base' in v and not (isinstance(v['base'], str) and v['base']): err(f'{i}: base must be non-empty str')
        if ('blank' in (v.get('percent'), v.get('amount'))) != ('＿' in text or '__' in text):
            err(f'{i}: blank value/text mismatch')
    elif fam == 'notice':
        if 'notice_days' not in v: err(f'{i}: notice positive needs notice_days')
        elif not (is_num(v['notice_days']) or v['notice_days'] == 'blank'): err(f'{i}: notice_days type')
    elif fam == 'auto_renewal':
        if 'renewal_term_days' in v and not is_num(v['renewal_term_days']): err(f'{i}: renewal_term_days type')

for key, q in QUOTA.items():
    if counts[key] != q: err(f'quota {key}: {counts[key]} != {q}')
if len(lines) != sum(QUOTA.values()): err(f'total {len(lines)} != {sum(QUOTA.values())}')

for f, c in figs.items():
    if c > 3: err(f'figure {f} used {c} times (>3): {fig_where[f]}')

for w in warnings: print('WARN', w)
for e in errors: print('ERROR', e)
print('counts:', dict(sorted(counts.items())))
if '-v' in sys.argv:
    for f, c in sorted(figs.items(), key=lambda x: (-x[1], str(x[0]))): print(f, c, fig_where[f])
if errors:
    print(f'FAIL: {len(errors)} error(s)'); sys.exit(1)
print(f'OK: {len(lines)} clauses')
