#!/usr/bin/env python3
"""sw42 self-check: verbatim occurrence on one line, required fields, sizes, counts."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
FAMS = {
    "termination": {"holder": {"client", "provider", "either", "both", "none"},
                    "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
    "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
    "notice": {"notice_days": None,
               "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}},
    "auto_renewal": {"renewal_term_days": None},
}
errs = []
tot = {f: 0 for f in FAMS}; tot_hn = 0
rows = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(rows) != 7: errs.append(f"expected 7 contracts, got {len(rows)}")
for r in rows:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != r["title"]: errs.append(f"{r['file']}: title mismatch")
    if r["lang"] != "en" or r["labels_by"] != "sw42": errs.append(f"{r['file']}: lang/labels_by")
    words = len(re.findall(r"\S+", text))
    if not 1500 <= words <= 3500: errs.append(f"{r['file']}: {words} words out of range")
    for p in r["parties"]:
        if not {"label", "role", "name"} <= set(p) or p["role"] not in ("client", "provider"):
            errs.append(f"{r['file']}: bad party {p}")
    def on_line(t):
        return any(t in l for l in lines) and "\n" not in t and t.strip() == t and t
    counts = {}
    for fam, spec in FAMS.items():
        items = r["labels"].get(fam)
        if items is None: errs.append(f"{r['file']}: missing family {fam}"); continue
        counts[fam] = len(items); tot[fam] += len(items)
        for it in items:
            for k in ("text", "src", "note"):
                if k not in it: errs.append(f"{r['file']} {fam}: missing {k}")
            for k, allowed in spec.items():
                if k not in it: errs.append(f"{r['file']} {fam}: missing field {k}: {it['text'][:50]}")
                elif allowed and it[k] not in allowed: errs.append(f"{r['file']} {fam}: bad {k}={it[k]}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): errs.append(f"{r['file']}: notice_days not int")
            if fam == "penalty" and not isinstance(it.get("per_day"), bool): errs.append(f"{r['file']}: per_day not bool")
            if not on_line(it["text"]): errs.append(f"{r['file']} {fam}: not verbatim on one line: {it['text'][:60]}")
    hn = r["hard_negatives"]; tot_hn += len(hn)
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    labelled = {(f, it["text"]) for f in FAMS for it in r["labels"].get(f, [])}
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h: errs.append(f"{r['file']} hn: missing {k}")
        if h.get("family") not in FAMS: errs.append(f"{r['file']} hn: bad family {h.get('family')}")
        if not on_line(h["text"]): errs.append(f"{r['file']} hn: not verbatim: {h['text'][:60]}")
        if any(h["text"] in t or t in h["text"] for f, t in labelled if f == h["family"]):
            errs.append(f"{r['file']} hn overlaps a label of same family: {h['text'][:60]}")
    print(f"{r['file']:45s} words={words:5d} " + " ".join(f"{k}={v}" for k, v in counts.items()) + f" hn={len(hn)}")
print("TOTAL", tot, "hard_negatives", tot_hn)
if errs:
    print("\n".join("ERROR: " + e for e in errs)); sys.exit(1)
print("OK")
