#!/usr/bin/env python3
"""Validate clauses-cw76.jsonl: fields, ids, quotas, value types, banned figures, duplicate texts."""
import json, re, sys, os
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw76.jsonl")
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
STYLES = {"快手店铺代运营", "抖音店铺代运营", "天猫店铺代运营", "京东店铺代运营", "达人直播带货", "品牌号内容运营",
          "店铺转让及交接", "展会及场地租赁", "医美及健身会员服务（您/本店）", "快递及同城配送"}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
BANNED = [r"30\s*%", r"30\s*％", "百分之三十", r"5,?000", "五千", "伍仟", r"180\s*(日|天|days?)", "一百八十"]
num = lambda x: isinstance(x, (int, float)) and not isinstance(x, bool)
errs, texts, counts, ids = [], set(), {}, set()
with open(PATH, encoding="utf-8") as f:
    lines = [l for l in f.read().split("\n") if l.strip()]
for n, line in enumerate(lines, 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    if set(o) != KEYS:
        errs.append(f"line {n}: keys {sorted(o)}"); continue
    fam, kind, v, t = o["family"], o["kind"], o["values"], o["text"]
    if o["lang"] != "zh": errs.append(f"line {n}: lang")
    if fam not in QUOTA: errs.append(f"line {n}: family {fam}"); continue
    if kind not in ("positive", "negative"): errs.append(f"line {n}: kind"); continue
    m = re.fullmatch(r"cw76-zh-(\w+)-([pn])(\d{3})", o["id"])
    if not m or m.group(1) != fam or m.group(2) != kind[0]: errs.append(f"line {n}: id {o['id']}")
    if o["id"] in ids: errs.append(f"line {n}: duplicate id")
    ids.add(o["id"])
    if o["style"] not in STYLES: errs.append(f"line {n}: style {o['style']}")
    if not isinstance(o["client"], str): errs.append(f"line {n}: client type")
    elif o["client"] and o["client"] not in t: errs.append(f"line {n}: client word not in text")
    if not isinstance(t, str) or not t.strip() or "\n" in t: errs.append(f"line {n}: text")
    if t in texts: errs.append(f"line {n}: duplicate text")
    texts.add(t)
    for b in BANNED:
        if re.search(b, t) or re.search(b, json.dumps(v, ensure_ascii=False)): errs.append(f"line {n}: banned figure {b}")
    counts[(fam, kind)] = counts.get((fam, kind), 0) + 1
    if kind == "negative":
        if v != {}: errs.append(f"line {n}: negative values must be {{}}")
        continue
    if not isinstance(v, dict) or not v: errs.append(f"line {n}: positive needs values"); continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"): errs.append(f"line {n}: holder")
    elif fam == "penalty":
        if not set(v) <= {"percent", "amount", "floor", "base", "per_day"}: errs.append(f"line {n}: penalty keys")
        for k in ("percent", "amount", "floor"):
            if k in v and (not num(v[k]) or v[k] <= 0): errs.append(f"line {n}: {k}")
        if "base" in v and (not isinstance(v["base"], str) or not v["base"]): errs.append(f"line {n}: base")
        if "per_day" in v and v["per_day"] is not True: errs.append(f"line {n}: per_day")
        if not ({"percent", "amount", "floor"} & set(v)): errs.append(f"line {n}: penalty needs a figure")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
            errs.append(f"line {n}: notice_days")
    elif fam == "auto_renewal":
        r = v.get("renewal_term_days", "x")
        if set(v) != {"renewal_term_days"} or not (r is None or (isinstance(r, int) and not isinstance(r, bool) and r > 0)):
            errs.append(f"line {n}: renewal_term_days")
for fam, (p, q) in QUOTA.items():
    for kind, want in (("positive", p), ("negative", q)):
        if counts.get((fam, kind), 0) != want: errs.append(f"quota {fam}/{kind}: {counts.get((fam, kind), 0)} != {want}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(lines)} clauses"); sys.exit(0)
