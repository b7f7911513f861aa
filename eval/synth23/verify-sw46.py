#!/usr/bin/env python3
"""Checker for sw46 labels: verbatim single-line matches, required fields, sizes, counts."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"termination": {"holder", "trigger"},
          "penalty": {"percent", "amount", "floor", "base", "per_day"},
          "notice": {"notice_days", "purpose"},
          "auto_renewal": {"renewal_term_days"}}
ENUMS = {"holder": {"client", "provider", "either", "both", "none"},
         "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
         "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errors = []
def whole_unit(line, text):
    """text is the whole line or a whole sentence of it."""
    if line.strip() == text.strip():
        return True
    i = line.find(text)
    if i < 0:
        return False
    before = line[:i].rstrip()
    after = line[i + len(text):]
    ok_start = i == 0 or before.endswith((".", ";", ":", "?", "!"))
    ok_end = after == "" or after.startswith(" ") and text.rstrip().endswith((".", ";", ":", "?", "!"))
    return ok_start and ok_end
recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
tot = {k: 0 for k in FIELDS}; tot["hard_negatives"] = 0
print(f"{'file':45} words  term pen  not  auto  hn")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: errors.append(f"{r.get('file')}: missing {k}")
    path = os.path.join(HERE, r["file"])
    txt = open(path, encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0].strip() != r["title"]: errors.append(f"{r['file']}: title mismatch")
    words = len(txt.split())
    if not 1500 <= words <= 3500: errors.append(f"{r['file']}: {words} words out of range")
    for p in r["parties"]:
        if p.get("role") not in ("client", "provider") or not p.get("label") or not p.get("name"):
            errors.append(f"{r['file']}: bad party {p}")
    def check_text(t, where):
        if not any(whole_unit(l, t) for l in lines):
            errors.append(f"{r['file']} {where}: not verbatim line/sentence: {t[:70]}")
    for fam, need in FIELDS.items():
        items = r["labels"].get(fam)
        if items is None: errors.append(f"{r['file']}: family {fam} missing"); continue
        for it in items:
            for k in need | {"text", "src", "note"}:
                if k not in it: errors.append(f"{r['file']} {fam}: missing {k}")
            for k, vals in ENUMS.items():
                if k in need and it.get(k) not in vals: errors.append(f"{r['file']} {fam}: bad {k}={it.get(k)}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): errors.append(f"{r['file']}: notice_days not int")
            if fam == "penalty" and not isinstance(it.get("per_day"), bool): errors.append(f"{r['file']}: per_day not bool")
            check_text(it["text"], fam)
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: errors.append(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h: errors.append(f"{r['file']} hn: missing {k}")
        if h.get("family") not in FIELDS: errors.append(f"{r['file']} hn: bad family")
        check_text(h["text"], "hard_negative")
    c = [len(r["labels"][f]) for f in FIELDS]
    for f, n in zip(FIELDS, c): tot[f] += n
    tot["hard_negatives"] += len(hn)
    print(f"{r['file']:45} {words:5} {c[0]:5} {c[1]:4} {c[2]:4} {c[3]:4} {len(hn):4}")
print("totals:", tot)
if len(recs) != 7: errors.append(f"{len(recs)} contracts, expected 7")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
