#!/usr/bin/env python3
"""Validate clauses-cw69.jsonl. Prints 'OK <n> clauses' and exits 0, else lists errors and exits 1."""
import json, re, sys, os
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw69.jsonl")
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
BANNED = [r"(?<![\d.,])30\s*%", r"(?<![\d.,])30\s*per\s*cent", r"thirty\s*(per\s*cent|percent)", r"百分之三十",
          r"(?<![\d.,])5[,\s]?000(?![\d,])", r"five\s+thousand", r"五千", r"伍仟",
          r"(?<![\d.,])180(?![\d,])", r"one\s+hundred\s+(and\s+)?eighty", r"一百八十"]
CLIENT_WORDS = ["Client", "Customer", "Merchant", "Brand", "Seller", "Tenant"]
errs = []; seen_ids = set(); seen_texts = set(); counts = {}; n = 0; mp = 0
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    if not line.strip(): errs.append(f"line {ln}: blank line"); continue
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {ln}: bad JSON {e}"); continue
    n += 1
    if set(r) != KEYS: errs.append(f"line {ln}: keys {sorted(r)}"); continue
    fam, kind, t, v, rid = r["family"], r["kind"], r["text"], r["values"], r["id"]
    if r["lang"] != "en": errs.append(f"{rid}: lang")
    if fam not in QUOTA: errs.append(f"{rid}: family {fam}"); continue
    if kind not in ("positive", "negative"): errs.append(f"{rid}: kind"); continue
    m = re.fullmatch(r"cw69-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})", rid)
    if not m or m.group(1) != fam or m.group(2) != kind[0]: errs.append(f"{rid}: id pattern")
    if rid in seen_ids: errs.append(f"{rid}: duplicate id")
    seen_ids.add(rid)
    counts[(fam, kind)] = counts.get((fam, kind), 0) + 1
    if m and int(m.group(3)) != counts[(fam, kind)]: errs.append(f"{rid}: numbering out of sequence")
    if not isinstance(t, str) or not t.strip() or "\n" in t: errs.append(f"{rid}: text"); continue
    key = re.sub(r"\s+", " ", t.strip().lower())
    if key in seen_texts: errs.append(f"{rid}: duplicate text")
    seen_texts.add(key)
    if not isinstance(r["style"], str) or not r["style"]: errs.append(f"{rid}: style")
    if "option to renew" in r["style"] and not (fam == "auto_renewal" and kind == "positive"):
        errs.append(f"{rid}: option-to-renew style outside auto_renewal positives")
    if r["style"].startswith("marketplace"): mp += 1
    c = r["client"]
    if not isinstance(c, str): errs.append(f"{rid}: client type")
    elif c and not re.search(r"\b" + re.escape(c) + r"\b", t, re.I): errs.append(f"{rid}: client '{c}' not in text")
    elif not c and any(re.search(r"\b" + w + r"\b", t) for w in CLIENT_WORDS): errs.append(f"{rid}: client empty but text names one")
    blob = t + " " + json.dumps(v)
    for b in BANNED:
        if re.search(b, blob, re.I): errs.append(f"{rid}: banned figure /{b}/")
    if not isinstance(v, dict): errs.append(f"{rid}: values not object"); continue
    if kind == "negative":
        if v != {}: errs.append(f"{rid}: negative must have empty values")
        continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"): errs.append(f"{rid}: holder {v}")
    elif fam == "penalty":
        if not v or not set(v) <= {"percent", "amount", "floor", "base", "per_day"}: errs.append(f"{rid}: penalty keys {v}")
        for k in ("percent", "amount", "floor"):
            if k in v and (not num(v[k]) or v[k] <= 0): errs.append(f"{rid}: {k} not positive number")
        if "base" in v and (not isinstance(v["base"], str) or not v["base"]): errs.append(f"{rid}: base")
        if "per_day" in v and v["per_day"] is not True: errs.append(f"{rid}: per_day must be true")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
            errs.append(f"{rid}: notice_days {v}")
    elif fam == "auto_renewal":
        d = v.get("renewal_term_days", "missing")
        if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0)):
            errs.append(f"{rid}: renewal_term_days {v}")
for fam, (p, q) in QUOTA.items():
    if counts.get((fam, "positive"), 0) != p: errs.append(f"quota {fam} positive {counts.get((fam,'positive'),0)} != {p}")
    if counts.get((fam, "negative"), 0) != q: errs.append(f"quota {fam} negative {counts.get((fam,'negative'),0)} != {q}")
if n and not 0.25 <= mp / n <= 0.36: errs.append(f"marketplace share {mp}/{n} outside 25-36 %")
if errs:
    print("\n".join(errs)); print(f"{len(errs)} error(s)"); sys.exit(1)
print(f"OK {n} clauses"); sys.exit(0)
