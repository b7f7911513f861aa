#!/usr/bin/env python3
"""Verify sw5 labels: verbatim single-line occurrence, required fields, sizes; print counts."""
import json, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errs = []
def err(m): errs.append(m)

def num_or_none(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))

recs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
fam_counts = Counter(); hn_counts = Counter(); roles = []
files_seen = set()
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{r.get('file')}: missing {k}")
    fn = r["file"]; files_seen.add(fn)
    path = os.path.join(D, fn)
    if not os.path.exists(path):
        err(f"{fn}: file missing"); continue
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if r["labels_by"] != "sw5": err(f"{fn}: labels_by")
    if r["lang"] not in ("en", "zh"): err(f"{fn}: lang")
    if r["title"] != lines[0]: err(f"{fn}: title != first line")
    if r["lang"] == "en":
        n = len(text.split())
        if not 1500 <= n <= 3500: err(f"{fn}: {n} words out of range")
        size = f"{n} words"
    else:
        n = len(re.findall(r"[\u4e00-\u9fff]", text))
        if not 2500 <= n <= 6000: err(f"{fn}: {n} Han chars out of range")
        size = f"{n} Han chars"
    ps = r["parties"]
    if len(ps) < 2: err(f"{fn}: parties")
    for p in ps:
        if p.get("role") not in ("provider", "client") or not p.get("label") or not p.get("name"):
            err(f"{fn}: bad party {p}")
        elif p["name"] not in text: err(f"{fn}: party name not in text: {p['name']}")
    roles.append((fn, ", ".join(f"{p['label']}={p['role']}" for p in ps)))

    def check_text(t, where):
        if not isinstance(t, str) or not t.strip():
            err(f"{fn}: {where}: empty text"); return
        hits = [i for i, l in enumerate(lines) if t in l]
        if len(hits) != 1: err(f"{fn}: {where}: text on {len(hits)} lines: {t[:70]!r}")

    for fam in FAMS:
        items = r["labels"].get(fam)
        if items is None: err(f"{fn}: labels.{fam} missing"); continue
        for it in items:
            w = f"{fam}"
            for k in ("text", "src", "note"):
                if k not in it: err(f"{fn}: {w}: missing {k}")
            if it.get("src") != "writer": err(f"{fn}: {w}: src")
            check_text(it.get("text"), w)
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{fn}: {w}: holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{fn}: {w}: trigger {it.get('trigger')}")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor", "base", "per_day"):
                    if k not in it: err(f"{fn}: {w}: missing {k}")
                for k in ("percent", "amount", "floor"):
                    if not num_or_none(it.get(k)): err(f"{fn}: {w}: {k} not numeric")
                if it.get("percent") is None and it.get("amount") is None and it.get("floor") is None:
                    err(f"{fn}: {w}: no figure")
                if not isinstance(it.get("per_day"), bool): err(f"{fn}: {w}: per_day not bool")
            elif fam == "notice":
                if not isinstance(it.get("notice_days"), (int, float)) or it["notice_days"] <= 0:
                    err(f"{fn}: {w}: notice_days")
                if it.get("purpose") not in PURPOSES: err(f"{fn}: {w}: purpose {it.get('purpose')}")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it or not num_or_none(it["renewal_term_days"]):
                    err(f"{fn}: {w}: renewal_term_days")
            fam_counts[fam] += 1
    hns = r["hard_negatives"]
    if not 5 <= len(hns) <= 10: err(f"{fn}: {len(hns)} hard negatives")
    for h in hns:
        if h.get("family") not in FAMS: err(f"{fn}: hn family {h.get('family')}")
        if h.get("src") != "writer" or not h.get("note"): err(f"{fn}: hn src/note")
        check_text(h.get("text"), "hard_negative")
        # a hard negative must not duplicate a label of the same family
        if any(h.get("text") == it["text"] for it in r["labels"].get(h.get("family"), [])):
            err(f"{fn}: hard negative equals a label of the same family")
        hn_counts[h.get("family")] += 1
    print(f"{fn}: {size}; " + ", ".join(f"{f}={len(r['labels'][f])}" for f in FAMS) + f", hard_negatives={len(hns)}")

on_disk = {"texts/" + f for f in os.listdir(os.path.join(D, "texts")) if f.endswith(".txt")}
if on_disk != files_seen: err(f"texts/ vs labels mismatch: {on_disk ^ files_seen}")
print("contracts:", len(recs))
print("labels per family:", dict(fam_counts), "total", sum(fam_counts.values()))
print("hard negatives per family:", dict(hn_counts), "total", sum(hn_counts.values()))
for fn, ro in roles: print("roles", fn, ro)
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("PASS")
