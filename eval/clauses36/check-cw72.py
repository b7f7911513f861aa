#!/usr/bin/env python3
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw72.jsonl")
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
STYLES = {"唯品会店铺代运营", "得物店铺代运营", "美团闪购店铺代运营", "抖音团购店铺代运营", "直播代播按场计费",
          "电商客服外包", "写字楼及商铺租赁", "餐饮加盟", "企业SaaS订阅（您/本公司）", "物流运输及仓配"}
AGENCY = {"唯品会店铺代运营", "得物店铺代运营", "美团闪购店铺代运营", "抖音团购店铺代运营"}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
BANNED = [r"30\s*%", r"百分之三十", r"5,?000", r"五千", r"伍仟", r"180", r"一百八十"]
errs = []; texts = set(); ids = set(); count = {}; n = 0; agency = 0
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    if not line.strip(): errs.append(f"line {ln}: blank"); continue
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {ln}: bad json {e}"); continue
    n += 1
    if set(r) != KEYS: errs.append(f"line {ln}: keys {sorted(r)}"); continue
    fam, kind, v, t = r["family"], r["kind"], r["values"], r["text"]
    if r["lang"] != "zh": errs.append(f"line {ln}: lang")
    if fam not in QUOTA: errs.append(f"line {ln}: family {fam}"); continue
    if kind not in ("positive", "negative"): errs.append(f"line {ln}: kind"); continue
    m = re.fullmatch(r"cw72-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})", r["id"])
    if not m or m.group(1) != fam or m.group(2) != kind[0]: errs.append(f"line {ln}: id {r['id']}")
    if r["id"] in ids: errs.append(f"line {ln}: dup id")
    ids.add(r["id"])
    if r["style"] not in STYLES: errs.append(f"line {ln}: style {r['style']}")
    if r["style"] in AGENCY: agency += 1
    if not isinstance(t, str) or not t.strip() or "\n" in t: errs.append(f"line {ln}: text")
    if t in texts: errs.append(f"line {ln}: duplicate text")
    texts.add(t)
    if not isinstance(r["client"], str) or (r["client"] and r["client"] not in t):
        errs.append(f"line {ln}: client {r['client']!r} not in text")
    for b in BANNED:
        if re.search(b, t) or re.search(b, json.dumps(v, ensure_ascii=False)): errs.append(f"line {ln}: banned figure {b}")
    if not isinstance(v, dict): errs.append(f"line {ln}: values not dict"); continue
    count[(fam, kind)] = count.get((fam, kind), 0) + 1
    if kind == "negative":
        if v: errs.append(f"line {ln}: negative with values")
        continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"): errs.append(f"line {ln}: termination values {v}")
    elif fam == "penalty":
        if not v or not set(v) <= {"percent", "amount", "floor", "base", "per_day"}: errs.append(f"line {ln}: penalty keys {v}")
        for k in ("percent", "amount", "floor"):
            if k in v and (not num(v[k]) or v[k] <= 0): errs.append(f"line {ln}: {k} not positive number")
        if "base" in v and (not isinstance(v["base"], str) or not v["base"]): errs.append(f"line {ln}: base")
        if "per_day" in v and v["per_day"] is not True: errs.append(f"line {ln}: per_day must be true")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
            errs.append(f"line {ln}: notice values {v}")
    elif fam == "auto_renewal":
        d = v.get("renewal_term_days", "missing")
        if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0)):
            errs.append(f"line {ln}: auto_renewal values {v}")
for fam, (p, q) in QUOTA.items():
    if count.get((fam, "positive"), 0) != p: errs.append(f"quota {fam} positive {count.get((fam,'positive'),0)} != {p}")
    if count.get((fam, "negative"), 0) != q: errs.append(f"quota {fam} negative {count.get((fam,'negative'),0)} != {q}")
# sequential numbering
for fam in QUOTA:
    for k, c in (("p", "positive"), ("n", "negative")):
        want = {f"cw72-zh-{fam}-{k}{i:03d}" for i in range(1, count.get((fam, c), 0) + 1)}
        got = {i for i in ids if i.startswith(f"cw72-zh-{fam}-{k}")}
        if want != got: errs.append(f"numbering gap in {fam} {c}")
if n and not (0.2 <= agency / n <= 0.45): errs.append(f"agency share {agency}/{n} off ~30%")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {n} clauses"); sys.exit(0)
