#!/usr/bin/env python3
"""Verify sw17 labels: verbatim single-line occurrence, required fields, sizes, counts."""
import json, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
FAM = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errors = []
def err(m): errors.append(m)

def num_or_blank(v):
    return v is None or v == "blank" or isinstance(v, (int, float)) and not isinstance(v, bool)

totals = Counter(); hn_total = 0
recs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
files_on_disk = sorted(os.listdir(os.path.join(D, "texts")))
if sorted(os.path.basename(r["file"]) for r in recs) != files_on_disk:
    err("labels.jsonl files do not match texts/ directory")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(D, r["file"])
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if r["labels_by"] != "sw17": err(f"{r['file']}: labels_by")
    if r["lang"] != "en": err(f"{r['file']}: lang")
    if r["title"] != lines[0]: err(f"{r['file']}: title != first line")
    words = len(text.split())
    if not 1500 <= words <= 3500: err(f"{r['file']}: {words} words out of range")
    roles = [p.get("role") for p in r["parties"]]
    if sorted(roles) != ["client", "provider"]: err(f"{r['file']}: roles {roles}")
    for p in r["parties"]:
        for k in ("label", "role", "name"):
            if not p.get(k): err(f"{r['file']}: party missing {k}")
        if p["name"] not in text: err(f"{r['file']}: party name not in text: {p['name']}")
    def check_text(t, what):
        n = sum(1 for l in lines if t in l)
        if n != 1: err(f"{r['file']}: {what} occurs on {n} lines: {t[:80]!r}")
    counts = Counter()
    for fam in FAM:
        items = r["labels"].get(fam)
        if items is None: err(f"{r['file']}: missing family {fam}"); continue
        for it in items:
            for k in ("text", "src", "note"):
                if k not in it: err(f"{r['file']}: {fam} item missing {k}")
            check_text(it["text"], fam)
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{r['file']}: bad holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{r['file']}: bad trigger {it.get('trigger')}")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor", "base", "per_day"):
                    if k not in it: err(f"{r['file']}: penalty missing {k}")
                if not (num_or_blank(it.get("percent")) and num_or_blank(it.get("amount")) and num_or_blank(it.get("floor"))):
                    err(f"{r['file']}: penalty bad numeric value in {it['text'][:60]!r}")
                if it.get("percent") is None and it.get("amount") is None:
                    err(f"{r['file']}: penalty without percent or amount: {it['text'][:60]!r}")
            elif fam == "notice":
                if not isinstance(it.get("notice_days"), (int, float)): err(f"{r['file']}: notice_days missing")
                if it.get("purpose") not in PURPOSES: err(f"{r['file']}: bad purpose {it.get('purpose')}")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it: err(f"{r['file']}: auto_renewal missing renewal_term_days")
            counts[fam] += 1
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if not h.get(k): err(f"{r['file']}: hard negative missing {k}")
        if h.get("family") not in FAM: err(f"{r['file']}: bad hn family {h.get('family')}")
        check_text(h["text"], "hard_negative")
    totals.update(counts); hn_total += len(hn)
    print(f"{r['file']}: {words} words, {len(lines)} lines | " +
          ", ".join(f"{f}={counts[f]}" for f in FAM) + f", hard_neg={len(hn)}")
print("TOTAL: " + ", ".join(f"{f}={totals[f]}" for f in FAM) + f", hard_neg={hn_total}")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
