#!/usr/bin/env python3
"""Validate clauses-cw7.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw7.jsonl")
QUOTA = {("termination","positive"):50, ("termination","negative"):16,
         ("penalty","positive"):40, ("penalty","negative"):14,
         ("notice","positive"):20, ("notice","negative"):8,
         ("auto_renewal","positive"):8, ("auto_renewal","negative"):4}
KEYS = {"id","lang","family","kind","style","client","text","values"}
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","per_day","amount","floor","base"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
num = (int, float)
errs = []
ids = set(); counts = collections.Counter(); texts = set()
rows = []
for i, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    rows.append(o)
    if set(o) != KEYS: errs.append(f"line {i}: keys {sorted(o)}")
    if o["id"] in ids: errs.append(f"line {i}: dup id {o['id']}")
    ids.add(o["id"])
    if not o["id"].startswith("cw7-zh-"): errs.append(f"line {i}: id prefix")
    if o["lang"] != "zh": errs.append(f"line {i}: lang")
    if o["text"] in texts: errs.append(f"line {i}: dup text")
    texts.add(o["text"])
    if not isinstance(o["client"], str) or not o["style"]: errs.append(f"line {i}: client/style")
    if not o["text"].endswith(("。", "；", "的。")): errs.append(f"line {i}: text does not end like a sentence")
    fam, kind, v = o["family"], o["kind"], o["values"]
    counts[(fam, kind)] += 1
    if not isinstance(v, dict): errs.append(f"line {i}: values not dict"); continue
    if kind == "negative" and v: errs.append(f"line {i}: negative with values")
    if fam not in ALLOWED: errs.append(f"line {i}: family {fam}"); continue
    if set(v) - ALLOWED[fam]: errs.append(f"line {i}: bad value keys {set(v)-ALLOWED[fam]}")
    if "holder" in v and v["holder"] not in ("client","provider","either","both","none"): errs.append(f"line {i}: holder")
    if v.get("holder") in ("client","provider") and not o["client"]: errs.append(f"line {i}: holder {v['holder']} but no client")
    for k in ("percent","amount","floor"):
        if k in v and not (isinstance(v[k], num) and not isinstance(v[k], bool) or v[k] == "blank"): errs.append(f"line {i}: {k} type")
    if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"line {i}: per_day type")
    if "base" in v and not isinstance(v["base"], str): errs.append(f"line {i}: base type")
    for k in ("notice_days","renewal_term_days"):
        if k in v and not ((isinstance(v[k], int) and not isinstance(v[k], bool)) or v[k] == "blank"): errs.append(f"line {i}: {k} type")
    if fam == "notice" and kind == "positive" and "notice_days" not in v: errs.append(f"line {i}: notice without notice_days")
for q, n in QUOTA.items():
    if counts[q] != n: errs.append(f"quota {q}: {counts[q]} != {n}")
if len(rows) != sum(QUOTA.values()): errs.append(f"total {len(rows)}")

# figure reuse: count clauses in which each figure occurs, keyed by quantity (periods normalised to days:
# month=30, week=7, year=365, quarter=90; percentages, per-mille, yuan, multiples, hours and counts kept apart);
# max 3 clauses per figure; forbidden figures 30%, 5000 yuan, 180 days
CN = {"零":0,"〇":0,"一":1,"壹":1,"二":2,"两":2,"贰":2,"三":3,"叁":3,"四":4,"肆":4,"五":5,"伍":5,"六":6,"陆":6,
      "七":7,"柒":7,"八":8,"捌":8,"九":9,"玖":9}
UNIT = {"十":10,"拾":10,"百":100,"佰":100,"千":1000,"仟":1000,"万":10000}
def cn2num(s):
    total = sec = cur = 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch in ("万",):
            total += (sec + cur) * 10000; sec = cur = 0
        elif ch in UNIT:
            sec += (cur or 1) * UNIT[ch]; cur = 0
    return total + sec + cur
CNCH = "零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万"
pat = re.compile(r"(百分之|千分之|万分之)?([0-9]+(?:\.[0-9]+)?|[%s]+(?:点[%s]+)?)(?=\s*(个月|个工作日|工作日|日|天|周|年|季度|元|倍|%%|‰|小时|次|批|分|个百分点)|)" % (CNCH, CNCH))
figs = collections.defaultdict(set)
for o in rows:
    t = o["text"]
    for m in re.finditer(pat, t):
        pre, tok, unit = m.group(1), m.group(2), m.group(3)
        if not pre and not unit: continue
        before = t[max(0, m.start()-4):m.start()]
        if "每" in before and tok in ("一", "1"): continue
        if tok[0].isdigit(): val = float(tok)
        elif "点" in tok:
            a, b = tok.split("点"); val = float(f"{cn2num(a)}.{''.join(str(CN[c]) for c in b)}")
        else: val = cn2num(tok)
        if pre == "千分之": key = f"{val:g}‰"
        elif pre == "万分之": key = f"{val:g}‱"
        elif pre == "百分之" or unit == "%": key = f"{val:g}%"
        elif unit in ("日", "天", "工作日", "个工作日"): key = f"{val:g}d"
        elif unit == "周": key = f"{val*7:g}d"
        elif unit == "个月": key = f"{val*30:g}d"
        elif unit == "年": key = f"{val*365:g}d"
        elif unit == "季度": key = f"{val*90:g}d"
        elif unit == "小时": key = f"{val:g}h"
        elif unit == "元": key = f"{val:g}元"
        elif unit == "倍": key = f"{val:g}倍"
        else: key = f"{val:g}{unit}"
        figs[key].add(o["id"])
over = {k: len(v) for k, v in figs.items() if len(v) > 3}
if over: errs.append(f"figures used more than three times: " + str({k: sorted(figs[k]) for k in over}))
for bad in ("5000元", "180d", "30%"):
    if bad in figs: errs.append(f"forbidden figure {bad}")
for o in rows:
    if re.search(r"百分之三十(?![一二三四五六七八九])|(?<![0-9.])30%|180\s*[日天]|一百八十[日天]|5000|伍仟元(?!.)", o["text"]): errs.append(f"{o['id']}: forbidden figure")
    if re.search(r"半年|六个月", o["text"]): errs.append(f"{o['id']}: half-year (=180 days)")
print("counts:", dict(sorted(counts.items())))
print("figure usage (clauses):", {k: len(v) for k, v in sorted(figs.items(), key=lambda x: -len(x[1]))})
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK", len(rows), "clauses")
