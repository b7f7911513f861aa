#!/usr/bin/env python3
"""Validate clauses-cw2.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw2.jsonl")
QUOTA = {("termination","positive"):40, ("penalty","positive"):35, ("notice","positive"):35,
         ("auto_renewal","positive"):20, ("termination","negative"):12, ("penalty","negative"):12,
         ("notice","negative"):12, ("auto_renewal","negative"):10}
KEYS = ["id","lang","family","kind","style","client","text","values"]
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","per_day","amount","floor","base"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
errs, warns = [], []
rows, ids = [], set()
notin = []
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    rows.append(r)
    if list(r.keys()) != KEYS and set(r.keys()) != set(KEYS):
        errs.append(f"line {n}: keys {list(r.keys())}")
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    if not r["id"].startswith("cw2-"): errs.append(f"{r['id']}: prefix")
    if r["lang"] != "zh": errs.append(f"{r['id']}: lang")
    fam, kind, v = r["family"], r["kind"], r["values"]
    if fam not in ALLOWED or kind not in ("positive","negative"): errs.append(f"{r['id']}: family/kind"); continue
    for k in ("style","client","text"):
        if not isinstance(r[k], str): errs.append(f"{r['id']}: {k} not str")
    if not r["text"].strip() or not r["style"].strip(): errs.append(f"{r['id']}: empty text/style")
    if not isinstance(v, dict): errs.append(f"{r['id']}: values not dict"); continue
    if kind == "negative" and v: errs.append(f"{r['id']}: negative with values")
    extra = set(v) - ALLOWED[fam]
    if extra: errs.append(f"{r['id']}: unexpected value keys {extra}")
    num_or_blank = lambda x: (isinstance(x,(int,float)) and not isinstance(x,bool)) or x == "blank"
    if "holder" in v and v["holder"] not in HOLDERS: errs.append(f"{r['id']}: holder {v['holder']}")
    for k in ("percent","amount","floor","notice_days","renewal_term_days"):
        if k in v and not num_or_blank(v[k]): errs.append(f"{r['id']}: {k}={v[k]!r}")
    if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{r['id']}: per_day")
    if "per_day" in v and "percent" not in v: errs.append(f"{r['id']}: per_day without percent")
    if "base" in v and not isinstance(v["base"], str): errs.append(f"{r['id']}: base")
    if r["client"] and r["client"] not in r["text"]:
        notin.append(r["id"])
    for bad in ("百分之三十", "30%", "5000", "伍仟", "五千", "180", "一百八十", "六个月", "六個月", "半年"):
        if bad in r["text"]: errs.append(f"{r['id']}: forbidden figure {bad}")

c = collections.Counter((r["family"], r["kind"]) for r in rows)
for k, q in QUOTA.items():
    if c[k] != q: errs.append(f"quota {k}: {c[k]} != {q}")
if len(rows) != sum(QUOTA.values()): errs.append(f"total {len(rows)}")

# figure reuse: recorded values
for key in ("notice_days","renewal_term_days","percent","amount","floor"):
    vc = collections.Counter(r["values"][key] for r in rows if key in r["values"] and r["values"][key] != "blank")
    for val, k in vc.items():
        if k > 3: errs.append(f"value {key}={val} used {k} times")

# figure reuse in text (durations / percentages), rough
CN = {"零":0,"〇":0,"一":1,"二":2,"两":2,"兩":2,"三":3,"四":4,"五":5,"六":6,"七":7,"八":8,"九":9,
      "壹":1,"贰":2,"貳":2,"叁":3,"參":3,"肆":4,"伍":5,"陆":6,"柒":7,"捌":8,"玖":9}
def cn2int(s):
    if s.isdigit(): return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch in "十拾": total += (cur or 1)*10; cur = 0
        elif ch in "百佰": total += (cur or 1)*100; cur = 0
        elif ch in "千仟": total += (cur or 1)*1000; cur = 0
    return total + cur
NUM = r"([0-9]+|[零〇一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆柒捌玖拾佰仟]+)"
UNIT = {"个工作日":"wd","工作日":"wd","日":1,"天":1,"周":7,"週":7,"个月":30,"個月":30,"小时":1/24,"小時":1/24}
fig = collections.Counter()
where = collections.defaultdict(list)
for r in rows:
    t = r["text"]
    for m in re.finditer(r"(?<![0-9零〇一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆柒捌玖拾佰仟])" + NUM + r"(个工作日|工作日|个月|個月|小时|小時|日|天|周|週)", t):
        pre = t[max(0, m.start()-1):m.start()]
        if pre in ("第", "月", "逾") or "每" in t[max(0, m.start()-3):m.start()] or t[max(0, m.start()-2):m.start()] == "月的":
            continue   # per-day rates, ordinal days, calendar dates
        if m.group(2) in ("个月", "個月") and t[m.end():m.end()+2] in ("工资", "工資", "租金"):
            continue   # multiples of wages/rent, not periods
        u = UNIT[m.group(2)]
        key = ("working days", cn2int(m.group(1))) if u == "wd" else ("days", round(cn2int(m.group(1)) * u, 2))
        fig[key] += 1; where[key].append(r["id"])
for r in rows:
    for m in re.finditer(r"(百分之|千分之|万分之)" + NUM, r["text"]):
        key = ("rate", m.group(1) + str(cn2int(m.group(2))))
        fig[key] += 1; where[key].append(r["id"])
    for m in re.finditer(r"([0-9.]+)%", r["text"]):
        key = ("rate", "百分之" + m.group(1)); fig[key] += 1; where[key].append(r["id"])
over = {k: v for k, v in fig.items() if v > 3}
for k, v in sorted(over.items(), key=str):
    warns.append(f"text figure {k} appears {v} times: {where[k]}")

print("counts:")
for k in QUOTA: print(f"  {k[0]:13s} {k[1]:9s} {c[k]}")
print("  total", len(rows))
trad = [r["id"] for r in rows if "繁体" in r["style"]]
print("traditional-character clauses:", len(trad))
print(f"info: {len(notin)} clauses do not name the client in their own text (list items / counter-party clauses)")
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
