#!/usr/bin/env python3
"""Verify sw20 labels: verbatim single-line matches, required fields, sizes; print counts."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
REQ = {"termination": ["holder", "trigger"],
       "penalty": ["percent", "amount", "floor", "base", "per_day"],
       "notice": ["notice_days", "purpose"],
       "auto_renewal": ["renewal_term_days"]}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errs = []
def err(m): errs.append(m)
recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
total = Counter(); roles = []
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(HERE, r["file"])
    if not os.path.exists(path): err(f"missing file {path}"); continue
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if r["labels_by"] != "sw20": err(f"{r['file']}: labels_by")
    if lines[0] != r["title"]: err(f"{r['file']}: title != first line")
    if r["lang"] == "zh":
        n = len(re.findall(r"[\u4e00-\u9fff]", text)); size = f"{n} Han"
        if not 2500 <= n <= 6000: err(f"{r['file']}: {n} Han chars out of range")
    else:
        n = len(text.split()); size = f"{n} words"
        if not 1500 <= n <= 3500: err(f"{r['file']}: {n} words out of range")
    def check_text(t, where):
        hits = [i for i, l in enumerate(lines) if t in l]
        if len(hits) != 1: err(f"{r['file']} {where}: text found on {len(hits)} lines: {t[:50]}")
    c = Counter()
    for fam in FAMS:
        for it in r["labels"].get(fam, []):
            for k in ["text", "src", "note"] + REQ[fam]:
                if k not in it: err(f"{r['file']} {fam}: missing {k}")
            check_text(it["text"], fam)
            if fam == "termination":
                if it["holder"] not in HOLDERS: err(f"bad holder {it['holder']}")
                if it["trigger"] not in TRIGGERS: err(f"bad trigger {it['trigger']}")
            if fam == "notice":
                if it["purpose"] not in PURPOSES: err(f"bad purpose {it['purpose']}")
                if not isinstance(it["notice_days"], (int, float)): err("notice_days not numeric")
            c[fam] += 1
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: err(f"{r['file']} HN missing {k}")
        if h["family"] not in FAMS: err(f"bad HN family {h['family']}")
        check_text(h["text"], "HN")
    c["hard_negatives"] = len(hn)
    total.update(c)
    print(f"{r['file']:45s} {size:10s} " + " ".join(f"{k}={c[k]}" for k in FAMS + ["hard_negatives"]))
    print("    parties: " + "; ".join(f"{p['label']}={p['role']} ({p['name']})" for p in r["parties"]))
print("TOTAL " + " ".join(f"{k}={total[k]}" for k in FAMS + ["hard_negatives"]))
if errs:
    print("\n".join("ERROR: " + e for e in errs)); sys.exit(1)
print("PASS")
