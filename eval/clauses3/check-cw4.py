#!/usr/bin/env python3
"""Validate clauses-cw4.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw4.jsonl")
QUOTA = {("termination","positive"):40, ("termination","negative"):12,
         ("penalty","positive"):34, ("penalty","negative"):12,
         ("notice","positive"):36, ("notice","negative"):12,
         ("auto_renewal","positive"):14, ("auto_renewal","negative"):10}
KEYS = ["id","lang","family","kind","style","client","text","values"]
errs = []
def err(m): errs.append(m)
def num_or_blank(v): return v == "blank" or (isinstance(v,(int,float)) and not isinstance(v,bool))
rows = []
with open(PATH, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try: o = json.loads(line)
        except Exception as e: err(f"line {i}: bad JSON {e}"); continue
        rows.append(o)
        if list(o.keys()) != KEYS: err(f"line {i}: keys {list(o.keys())}")
        if not str(o.get("id","")).startswith("cw4-zh-"): err(f"line {i}: id prefix")
        if o.get("lang") != "zh": err(f"line {i}: lang")
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if (fam,kind) not in QUOTA: err(f"line {i}: family/kind {fam}/{kind}"); continue
        for k in ("style","client","text"):
            if not isinstance(o.get(k), str): err(f"line {i}: {k} not str")
        if not o["text"].strip() or not o["style"].strip(): err(f"line {i}: empty text/style")
        if "\n" in o["text"]: err(f"line {i}: newline in text")
        if not isinstance(v, dict): err(f"line {i}: values not dict"); continue
        if kind == "negative":
            if v: err(f"line {i}: negative with values")
            continue
        if fam == "termination":
            if set(v) - {"holder"}: err(f"line {i}: bad keys {v}")
            if "holder" in v and v["holder"] not in ("client","provider","either","both","none"): err(f"line {i}: holder {v}")
        elif fam == "penalty":
            if set(v) - {"percent","per_day","amount","floor","base"}: err(f"line {i}: bad keys {v}")
            for k in ("percent","amount","floor"):
                if k in v and not num_or_blank(v[k]): err(f"line {i}: {k}={v[k]!r}")
            if "per_day" in v and not isinstance(v["per_day"], bool): err(f"line {i}: per_day")
            if "base" in v and not isinstance(v["base"], str): err(f"line {i}: base")
        elif fam == "notice":
            if set(v) != {"notice_days"} or not num_or_blank(v["notice_days"]) or isinstance(v["notice_days"], float):
                err(f"line {i}: notice values {v}")
        elif fam == "auto_renewal":
            if set(v) - {"renewal_term_days"}: err(f"line {i}: bad keys {v}")
            if "renewal_term_days" in v and not num_or_blank(v["renewal_term_days"]): err(f"line {i}: renewal {v}")
ids = [o["id"] for o in rows]
for d, c in collections.Counter(ids).items():
    if c > 1: err(f"duplicate id {d}")
for t, c in collections.Counter(o["text"] for o in rows).items():
    if c > 1: err(f"duplicate text {t}")
cnt = collections.Counter((o["family"], o["kind"]) for o in rows)
for k, q in QUOTA.items():
    if cnt[k] != q: err(f"quota {k}: {cnt[k]} != {q}")
if len(rows) != sum(QUOTA.values()): err(f"total {len(rows)}")

# figure reuse (meaningful figures: periods, rates, sums) and banned figures
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
CN = {"零":0,"〇":0,"一":1,"壹":1,"二":2,"两":2,"贰":2,"三":3,"叁":3,"四":4,"肆":4,"五":5,"伍":5,
      "六":6,"陆":6,"七":7,"柒":7,"八":8,"捌":8,"九":9,"玖":9}
UNIT = {"十":10,"拾":10,"百":100,"佰":100,"千":1000,"仟":1000,"万":10000}
def cn2num(s):
    total, sec, cur = 0, 0, 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch in UNIT:
            u = UNIT[ch]
            if u == 10000: total += (sec + cur) * u; sec = cur = 0
            else: sec += (cur or 1) * u; cur = 0
    return total + sec + cur
CNCH = "零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万"
UNITS = r"(?:个工作日|工作日|个月|个季度|小时|日|天|月|周|年|%|元|倍)"
pat = re.compile(r"(百分之|千分之|万分之)?([0-9.]+|[" + CNCH + r"]+)(" + UNITS + r")?")
fig = collections.Counter(); where = collections.defaultdict(list)
for o in rows:
    t = o["text"].translate(FW)
    t = re.sub(r"[一二三四五六七八九〇零]{4}年", "", t)  # calendar years
    for m in pat.finditer(t):
        pre, n, unit = m.group(1), m.group(2), m.group(3)
        if not pre and not unit: continue
        if t[max(0, m.start()-1):m.start()] == "每" or t[max(0, m.start()-3):m.start()] == "每逾期" \
                or t[max(0, m.start()-2):m.start()] == "每满":
            continue  # rate units (每逾期一天, 每满一年) and dates (每月十日前)
        if t[max(0, m.start()-2):m.start()] == "每月": continue
        val = float(n) if n[0].isdigit() else cn2num(n)
        if pre == "百分之": key = f"{val:g}%"
        elif pre: key = f"{pre}{val:g}"
        else:
            u = unit
            if u in ("日","天"): key = f"{val:g}天"
            elif u == "个月": key = f"{val*30:g}天"
            elif u in ("小时",): key = f"{val:g}小时"
            elif u == "%": key = f"{val:g}%"
            else: key = f"{val:g}{u}"
        fig[key] += 1; where[key].append(o["id"])
if "-v" in sys.argv: print(dict(sorted(fig.items(), key=lambda x: -x[1])))
for k, c in sorted(fig.items(), key=lambda x: -x[1]):
    if c > 3: print(f"WARN figure {k} used {c}x: {where[k]}")
for o in rows:
    t = o["text"].translate(FW)
    if re.search(r"(?<![0-9])30%|百分之三十|(?<![0-9])5000|五千元|伍仟|(?<![0-9])180(?![0-9])|一百八十|六个月|半年", t):
        err(f"{o['id']}: banned figure (30%/5000/180 days)")

print("counts:", {f"{a}/{b}": cnt[(a,b)] for a,b in QUOTA})
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print(f"OK: {len(rows)} clauses")
