#!/usr/bin/env python3
"""Verify labels.jsonl for writer sw11: verbatim one-line matches, required fields, sizes, counts."""
import json, os, re, sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
ID = "sw11"
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
FAMILIES = ["termination", "penalty", "notice", "auto_renewal"]
errors = []

def err(msg):
    errors.append(msg)

def is_num_or_none(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))

recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
tot = Counter(); hn_tot = Counter()
seen_files = set()
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r:
            err(f"{r.get('file')}: missing {k}")
    f = r["file"]
    if f in seen_files:
        err(f"duplicate record for {f}")
    seen_files.add(f)
    path = os.path.join(BASE, f)
    if not os.path.exists(path):
        err(f"{f}: file missing"); continue
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if r["labels_by"] != ID: err(f"{f}: labels_by {r['labels_by']}")
    if r["lang"] not in ("en", "zh"): err(f"{f}: bad lang")
    if r["title"] != lines[0]: err(f"{f}: title != first line")
    # size
    if r["lang"] == "en":
        n = len(re.findall(r"\S+", text))
        if not 1500 <= n <= 3500: err(f"{f}: {n} words out of range")
        size = f"{n} words"
    else:
        n = len(re.findall(r"[\u4e00-\u9fff]", text))
        if not 2500 <= n <= 6000: err(f"{f}: {n} Han chars out of range")
        size = f"{n} Han"
    roles = set()
    for p in r["parties"]:
        for k in ("label", "role", "name"):
            if not p.get(k): err(f"{f}: party missing {k}")
        if p.get("role") not in ("provider", "client"): err(f"{f}: bad role {p.get('role')}")
        roles.add(p.get("role"))
    if roles != {"provider", "client"}: err(f"{f}: parties should include provider and client")

    def check_text(t, where):
        hits = [i for i, l in enumerate(lines) if t in l]
        if len(hits) != 1:
            err(f"{f}: {where}: text found on {len(hits)} lines: {t[:70]!r}")

    counts = Counter()
    for fam in FAMILIES:
        items = r["labels"].get(fam)
        if items is None:
            err(f"{f}: labels missing family {fam}"); continue
        for it in items:
            for k in ("text", "src", "note"):
                if k not in it: err(f"{f}: {fam} item missing {k}")
            if it.get("src") != "writer": err(f"{f}: {fam} src not writer")
            check_text(it["text"], fam)
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{f}: bad holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{f}: bad trigger {it.get('trigger')}")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor", "base", "per_day"):
                    if k not in it: err(f"{f}: penalty missing {k}")
                for k in ("percent", "amount", "floor"):
                    if not is_num_or_none(it.get(k)): err(f"{f}: penalty {k} not numeric")
                if not isinstance(it.get("per_day"), bool): err(f"{f}: per_day not bool")
            elif fam == "notice":
                d = it.get("notice_days")
                if not (isinstance(d, int) and d > 0): err(f"{f}: bad notice_days {d}")
                if it.get("purpose") not in PURPOSES: err(f"{f}: bad purpose {it.get('purpose')}")
            elif fam == "auto_renewal":
                if "renewal_term_days" in it and not is_num_or_none(it["renewal_term_days"]):
                    err(f"{f}: bad renewal_term_days")
            counts[fam] += 1
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{f}: {len(hn)} hard negatives (want 5-10)")
    hnc = Counter()
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if not h.get(k): err(f"{f}: hard negative missing {k}")
        if h.get("family") not in FAMILIES: err(f"{f}: bad HN family {h.get('family')}")
        check_text(h["text"], "hard_negative")
        hnc[h["family"]] += 1
    # a hard negative must not duplicate a label of the same family
    for h in hn:
        if any(h["text"] == it["text"] for it in r["labels"].get(h["family"], [])):
            err(f"{f}: HN duplicates a {h['family']} label: {h['text'][:60]!r}")
    tot.update(counts); hn_tot.update(hnc)
    print(f"{f:50s} {size:>10s}  " + "  ".join(f"{fam}={counts[fam]}" for fam in FAMILIES) + f"  HN={len(hn)}")
print("TOTAL labels:", dict((fam, tot[fam]) for fam in FAMILIES), " hard negatives:", dict(hn_tot), "sum", sum(hn_tot.values()))
# files in texts/ without a record
for fn in sorted(os.listdir(os.path.join(BASE, "texts"))):
    if "texts/" + fn not in seen_files: err(f"texts/{fn} has no labels record")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
