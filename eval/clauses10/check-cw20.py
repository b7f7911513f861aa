#!/usr/bin/env python3
"""Validate clauses-cw20.jsonl: JSON per line, unique ids, keys, value types, quotas, banned/reused figures."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw20.jsonl")
QUOTA = {("termination", "positive"): 28, ("termination", "negative"): 12,
         ("penalty", "positive"): 28, ("penalty", "negative"): 12,
         ("notice", "positive"): 28, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 18, ("auto_renewal", "negative"): 12}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
CODES = {"termination": "term", "penalty": "pen", "notice": "notice", "auto_renewal": "renew"}
ECOM = re.compile("电商|代运营|网店|直播|托管|推广")
errors = []

def err(msg):
    errors.append(msg)

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

rows, ids = [], set()
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            err(f"line {ln}: bad JSON ({e})"); continue
        rows.append(o)
        if set(o) != KEYS:
            err(f"line {ln}: keys {sorted(set(o) ^ KEYS)} wrong")
        i = o.get("id", "")
        if i in ids: err(f"duplicate id {i}")
        ids.add(i)
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if fam not in CODES: err(f"{i}: bad family"); continue
        if not i.startswith(f"cw20-zh-{CODES[fam]}-"): err(f"{i}: id prefix")
        if o.get("lang") != "zh": err(f"{i}: lang must be zh")
        if kind not in ("positive", "negative"): err(f"{i}: bad kind")
        for k in ("style", "client", "text"):
            if not isinstance(o.get(k), str): err(f"{i}: {k} not str")
        if not o.get("text", "").strip() or len(o["text"]) < 12: err(f"{i}: text too short")
        if not isinstance(v, dict): err(f"{i}: values not dict"); continue
        if kind == "negative":
            if v: err(f"{i}: negative must have empty values")
            continue
        if fam == "termination":
            if set(v) - {"holder"}: err(f"{i}: extra keys {v}")
            if "holder" in v and v["holder"] not in ("client", "provider", "either", "both", "none"):
                err(f"{i}: bad holder")
        elif fam == "penalty":
            if set(v) - {"percent", "per_day", "amount", "floor", "base"}: err(f"{i}: extra keys {v}")
            for k in ("percent", "amount", "floor"):
                if k in v and not (is_num(v[k]) or v[k] == "blank"): err(f"{i}: {k} type")
            if "per_day" in v and not isinstance(v["per_day"], bool): err(f"{i}: per_day type")
            if "per_day" in v and "percent" not in v: err(f"{i}: per_day without percent")
            if "base" in v and not isinstance(v["base"], str): err(f"{i}: base type")
        elif fam == "notice":
            if set(v) != {"notice_days"}: err(f"{i}: notice needs notice_days")
            elif not ((isinstance(v["notice_days"], int) and not isinstance(v["notice_days"], bool)) or v["notice_days"] == "blank"):
                err(f"{i}: notice_days type")
        elif fam == "auto_renewal":
            if set(v) - {"renewal_term_days"}: err(f"{i}: extra keys {v}")
            if "renewal_term_days" in v and not (isinstance(v["renewal_term_days"], int) and not isinstance(v["renewal_term_days"], bool)):
                err(f"{i}: renewal_term_days type")

cnt = collections.Counter((o.get("family"), o.get("kind")) for o in rows)
for k, n in QUOTA.items():
    if cnt[k] != n: err(f"quota {k}: {cnt[k]} != {n}")
if len(rows) != 150: err(f"total {len(rows)} != 150")
ecom = sum(1 for o in rows if ECOM.search(o.get("style", "")))
if ecom * 3 < len(rows): err(f"e-commerce clauses {ecom} < one third")

# banned figures: 30%, 5000, 180 days
texts = {o["id"]: o["text"] for o in rows}
for i, t in texts.items():
    if re.search(r"30\s*%|百分之三十|5,?000|伍仟|五千|180|一百八十|壹佰捌拾|六个月|半年", t):
        err(f"{i}: banned figure in text")
    if len(set(t)) < 8: err(f"{i}: degenerate text")

# figure reuse: number + unit, Chinese numerals normalised
CN = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
      "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
MUL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000}
def cn2int(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch in MUL:
            if MUL[ch] == 10000: total = (total + cur) * 10000; cur = 0
            else: total += (cur or 1) * MUL[ch]; cur = 0
    return total + cur
UNITS = r"(个工作日|个自然日|工作日|自然日|日|天|小时|分钟|周|个月|个半月|月|年|倍|元|万元|场|单|期|次)"
pat = re.compile(r"([0-9][0-9,\.]*|[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万]+)\s*" + UNITS)
pct = re.compile(r"(百分之|千分之|万分之)([零一二三四五六七八九十百点]+)|([0-9\.]+)%")
fig = collections.Counter()
for i, t in texts.items():
    for m in pat.finditer(t):
        n, u = m.group(1), m.group(2)
        if n in ("一",) and u in ("日", "年", "次", "单", "场", "期", "周"): continue  # 每一日/一方 etc. idiomatic
        val = float(n.replace(",", "")) if n[0].isdigit() else cn2int(n)
        unit = {"天": "日", "个自然日": "日", "自然日": "日", "工作日": "个工作日", "月": "个月"}.get(u, u)
        fig[(val, unit)] += 1
    for m in pct.finditer(t):
        fig[("pct", m.group(0).replace("百分之", "").replace("%", ""))] += 1
over = {k: n for k, n in fig.items() if n > 3}
if over:
    print("WARNING figures used more than three times:", over)

print(f"rows={len(rows)} ecom={ecom}")
for k in sorted(QUOTA): print(f"  {k[0]:13s} {k[1]:8s} {cnt[k]}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
