#!/usr/bin/env python3
"""Checker for sw54: verbatim labels, required fields, sizes, counts."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"termination": {"holder", "trigger"},
          "penalty": {"percent", "amount", "floor", "base", "per_day"},
          "notice": {"notice_days", "purpose"},
          "auto_renewal": {"renewal_term_days"}}
ENUMS = {"holder": {"client", "provider", "either", "both", "none"},
         "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
         "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []
tot = {k: 0 for k in FIELDS}; tot["hard_negatives"] = 0
recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(recs) != 7: errs.append(f"expected 7 contracts, got {len(recs)}")
def found(text, lines):
    return any(text == ln or (text in ln and len(text) > 20) for ln in lines)
print(f"{'file':45} words  term pen  not  ar  hn")
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    p = os.path.join(BASE, r["file"])
    raw = open(p, encoding="utf-8").read()
    lines = [l.strip() for l in raw.split("\n") if l.strip()]
    if r["title"] != lines[0]: errs.append(f"{r['file']}: title mismatch")
    words = len(raw.split())
    if not 1500 <= words <= 3500: errs.append(f"{r['file']}: {words} words out of range")
    if re.search(r"\b30 ?%|\b5,?000\b|\b180\b", raw): errs.append(f"{r['file']}: forbidden figure")
    roles = {pt["role"] for pt in r["parties"]}
    if roles != {"client", "provider"}: errs.append(f"{r['file']}: roles {roles}")
    c = {}
    for fam, req in FIELDS.items():
        items = r["labels"].get(fam, [])
        c[fam] = len(items); tot[fam] += len(items)
        for it in items:
            miss = (req | {"text", "src", "note"}) - set(it)
            if miss: errs.append(f"{r['file']} {fam}: missing {miss}")
            for fld, ok in ENUMS.items():
                if fld in it and it[fld] not in ok: errs.append(f"{r['file']} {fam}: bad {fld}={it[fld]}")
            if not found(it["text"], lines): errs.append(f"{r['file']} {fam}: NOT VERBATIM: {it['text'][:80]}")
    hn = r["hard_negatives"]; tot["hard_negatives"] += len(hn)
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        if set(h) < {"family", "text", "src", "note"}: errs.append(f"{r['file']} hn missing fields")
        if h["family"] not in FIELDS: errs.append(f"{r['file']} hn bad family {h['family']}")
        if not found(h["text"], lines): errs.append(f"{r['file']} hn NOT VERBATIM: {h['text'][:80]}")
        for it in r["labels"].get(h["family"], []):
            if it["text"] == h["text"]: errs.append(f"{r['file']} hn also labelled: {h['text'][:60]}")
    print(f"{r['file']:45} {words:5} {c['termination']:4} {c['penalty']:4} {c['notice']:4} {c['auto_renewal']:3} {len(hn):3}")
print("totals:", tot)
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
