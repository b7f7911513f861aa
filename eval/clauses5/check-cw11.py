#!/usr/bin/env python3
"""Validate clauses-cw11.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw11.jsonl")
QUOTA = {("termination", "positive"): 26, ("termination", "negative"): 16,
         ("penalty", "positive"): 22, ("penalty", "negative"): 14,
         ("notice", "positive"): 28, ("notice", "negative"): 16,
         ("auto_renewal", "positive"): 14, ("auto_renewal", "negative"): 14}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
errors = []
def err(m): errors.append(m)

def num_or_blank(v): return v == "blank" or (isinstance(v, (int, float)) and not isinstance(v, bool))

rows, ids, texts = [], set(), set()
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad JSON ({e})"); continue
        rows.append(o)
        if set(o) != KEYS: err(f"line {n}: keys {sorted(set(o) ^ KEYS)}")
        i = o.get("id", "")
        if not i.startswith("cw11-"): err(f"line {n}: id prefix {i}")
        if i in ids: err(f"line {n}: duplicate id {i}")
        ids.add(i)
        t = o.get("text", "")
        if t in texts: err(f"line {n}: duplicate text")
        texts.add(t)
        if o.get("lang") != "zh": err(f"{i}: lang")
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if (fam, kind) not in QUOTA: err(f"{i}: family/kind {fam}/{kind}")
        for k in ("style", "client", "text"):
            if not isinstance(o.get(k), str): err(f"{i}: {k} not str")
        if not t.strip(): err(f"{i}: empty text")
        if not isinstance(v, dict): err(f"{i}: values not dict"); continue
        if kind == "negative":
            if v: err(f"{i}: negative with values")
            continue
        if fam == "termination":
            if set(v) - {"holder"}: err(f"{i}: extra keys {v}")
            if "holder" in v and v["holder"] not in {"client", "provider", "either", "both", "none"}:
                err(f"{i}: holder {v['holder']}")
        elif fam == "penalty":
            if set(v) - {"percent", "per_day", "amount", "floor", "base"}: err(f"{i}: extra keys {v}")
            for k in ("percent", "amount", "floor"):
                if k in v and not num_or_blank(v[k]): err(f"{i}: {k} type")
            if "per_day" in v and not isinstance(v["per_day"], bool): err(f"{i}: per_day type")
            if "base" in v and not isinstance(v["base"], str): err(f"{i}: base type")
        elif fam == "notice":
            if set(v) != {"notice_days"}: err(f"{i}: notice needs notice_days")
            elif not num_or_blank(v["notice_days"]): err(f"{i}: notice_days type")
        elif fam == "auto_renewal":
            if set(v) - {"renewal_term_days"}: err(f"{i}: extra keys {v}")
            if "renewal_term_days" in v and not num_or_blank(v["renewal_term_days"]): err(f"{i}: renewal type")

c = collections.Counter((o.get("family"), o.get("kind")) for o in rows)
for k, q in QUOTA.items():
    if c[k] != q: err(f"quota {k}: {c[k]} != {q}")

# style rules: forbidden figures, reuse of figures (figure + unit) more than three times
CN = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5,
      "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
def cn2int(s):
    total, sec, cur = 0, 0, 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch in UNITS: sec += (cur or 1) * UNITS[ch]; cur = 0
        elif ch in "万": total += (sec + cur) * 10000; sec = cur = 0
    return total + sec + cur
NUM = r"(\d+(?:\.\d+)?|[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万]+)"
UNIT = r"(个工作日|个月|日|天|周|小时|年|个季度|元|倍|%)"
figs = collections.Counter()
for o in rows:
    t = o["text"]
    for m in re.finditer(r"百分之" + NUM, t): figs[("%", m.group(1))] += 1
    for m in re.finditer(NUM + UNIT, t):
        s = m.group(1)
        if t[max(0, m.start() - 1):m.start()] in ("第", "每"): continue   # article refs / rate wording
        val = float(s) if s[0].isdigit() else cn2int(s)
        if val == 1: continue
        u = m.group(2)
        u = {"天": "日", "个工作日": "日"}.get(u, u)
        figs[(u, val)] += 1
    if re.search(r"百分之三十(?![五])|(?<!\d)30%|(?<![\d,])5000(?!\d)|(?<![万\d])(?:伍仟|五千)元|180|一百八十|六个月|半年", t):
        err(f"{o['id']}: forbidden figure (30%, 5000 or 180 days)")
over = {k: v for k, v in figs.items() if v > 3}
if over: err(f"figures used more than three times: {over}")

print("counts per family x kind:")
for fam in ("termination", "penalty", "notice", "auto_renewal"):
    print(f"  {fam:13s} positive {c[(fam,'positive')]:3d}  negative {c[(fam,'negative')]:3d}")
print("  total", len(rows))
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
