#!/usr/bin/env python3
"""Validate clauses-cw70.jsonl: fields, ids, quotas, value types, banned figures, duplicates."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw70.jsonl")
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
STYLES = {"淘宝店铺代运营", "天猫店铺托管", "拼多多店铺托管", "视频号店铺代运营", "跨境电商服务", "连锁门店加盟",
          "软件开发及运维外包", "广告代理及媒介采购", "汽车及设备租赁", "人力资源外包及劳务派遣"}
ECOM = {"淘宝店铺代运营", "天猫店铺托管", "拼多多店铺托管", "视频号店铺代运营"}
BANNED = [r"30\s*[%％]", "百分之三十", r"5,?000", "五千", "伍仟", "180", "一百八十", "百八十日"]
FIELDS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
errs = []
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
seen_ids, seen_txt, counts = set(), set(), {}
ecom = total = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            errs.append(f"line {ln}: blank line"); continue
        try: r = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}"); continue
        total += 1
        if set(r) != FIELDS: errs.append(f"line {ln}: fields {sorted(r)}"); continue
        fam, kind, t, v = r["family"], r["kind"], r["text"], r["values"]
        if r["lang"] != "zh": errs.append(f"line {ln}: lang")
        if fam not in QUOTA: errs.append(f"line {ln}: family {fam}"); continue
        if kind not in ("positive", "negative"): errs.append(f"line {ln}: kind"); continue
        m = re.fullmatch(r"cw70-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})", r["id"])
        if not m or m.group(1) != fam or m.group(2) != kind[0]: errs.append(f"line {ln}: id {r['id']}")
        if r["id"] in seen_ids: errs.append(f"line {ln}: dup id")
        seen_ids.add(r["id"])
        if r["style"] not in STYLES: errs.append(f"line {ln}: style {r['style']}")
        ecom += r["style"] in ECOM
        if not isinstance(r["client"], str) or (r["client"] and r["client"] not in t):
            errs.append(f"line {ln}: client {r['client']!r} not in text")
        if not isinstance(t, str) or not t.strip() or "\n" in t: errs.append(f"line {ln}: text")
        if t in seen_txt: errs.append(f"line {ln}: duplicate text")
        seen_txt.add(t)
        for b in BANNED:
            if re.search(b, t): errs.append(f"line {ln}: banned figure {b}")
        counts[(fam, kind)] = counts.get((fam, kind), 0) + 1
        if not isinstance(v, dict): errs.append(f"line {ln}: values not dict"); continue
        if kind == "negative":
            if v: errs.append(f"line {ln}: negative with values")
            continue
        if fam == "termination":
            if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"):
                errs.append(f"line {ln}: termination values {v}")
        elif fam == "penalty":
            if not v or not set(v) <= {"percent", "amount", "floor", "base", "per_day"}:
                errs.append(f"line {ln}: penalty keys {v}")
            for k in ("percent", "amount", "floor"):
                if k in v and (not num(v[k]) or v[k] <= 0): errs.append(f"line {ln}: {k} type")
            if "base" in v and (not isinstance(v["base"], str) or not v["base"]): errs.append(f"line {ln}: base")
            if "per_day" in v and v["per_day"] is not True: errs.append(f"line {ln}: per_day")
        elif fam == "notice":
            if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
                errs.append(f"line {ln}: notice values {v}")
        elif fam == "auto_renewal":
            d = v.get("renewal_term_days", "missing")
            if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0)):
                errs.append(f"line {ln}: renewal values {v}")
        for k, val in v.items():
            if num(val) and ((k == "percent" and val == 30) or val == 5000 or (k != "percent" and val == 180)):
                errs.append(f"line {ln}: banned figure in values {k}={val}")
for fam, (p, n) in QUOTA.items():
    for kind, q in (("positive", p), ("negative", n)):
        if counts.get((fam, kind), 0) != q:
            errs.append(f"quota {fam}/{kind}: {counts.get((fam, kind), 0)} != {q}")
if total and not (0.25 <= ecom / total <= 0.40): errs.append(f"e-commerce share {ecom}/{total} outside 25-40%")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {total} clauses"); sys.exit(0)
