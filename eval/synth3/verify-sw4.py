#!/usr/bin/env python3
"""Verify sw4 labels: verbatim single-line occurrence, required fields, sizes; print counts."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errors = []

def err(msg):
    errors.append(msg)

def num_or(v, allowed=(None, "blank")):
    return v in allowed or (isinstance(v, (int, float)) and not isinstance(v, bool))

def check_text(path, lines, text, where):
    if not isinstance(text, str) or not text:
        err(f"{where}: empty text"); return
    n = sum(1 for l in lines if text in l)
    if n != 1:
        err(f"{where}: text found on {n} lines: {text[:40]}")

counts = Counter(); hn_counts = Counter(); total_files = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    recs = [json.loads(l) for l in f if l.strip()]
seen = set()
for r in recs:
    total_files += 1
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    fp = os.path.join(HERE, r["file"])
    if r["file"] in seen: err(f"duplicate record {r['file']}")
    seen.add(r["file"])
    if not os.path.exists(fp):
        err(f"missing file {fp}"); continue
    raw = open(fp, encoding="utf-8").read()
    lines = raw.split("\n")
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    if r["lang"] != "zh": err(f"{r['file']}: lang {r['lang']}")
    if r["labels_by"] != "sw4": err(f"{r['file']}: labels_by")
    if not (2500 <= han <= 6000): err(f"{r['file']}: {han} Han chars out of range")
    if lines[0] != r["title"]: err(f"{r['file']}: title mismatch")
    if not r["parties"] or any(p.get("role") not in ("provider", "client") or not p.get("label") or not p.get("name") for p in r["parties"]):
        err(f"{r['file']}: bad parties")
    for p in r["parties"]:
        if p["name"] not in raw: err(f"{r['file']}: party name not in text {p['name']}")
    roles = {p["role"] for p in r["parties"]}
    if roles != {"provider", "client"}: err(f"{r['file']}: roles {roles}")
    if set(r["labels"]) != set(FAMS): err(f"{r['file']}: label families {set(r['labels'])}")
    for fam in FAMS:
        for i, it in enumerate(r["labels"].get(fam, [])):
            w = f"{r['file']} {fam}[{i}]"
            for k in ("text", "src", "note"):
                if k not in it: err(f"{w}: missing {k}")
            if it.get("src") != "writer": err(f"{w}: src")
            check_text(fp, lines, it.get("text"), w)
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{w}: holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{w}: trigger {it.get('trigger')}")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor", "base", "per_day"):
                    if k not in it: err(f"{w}: missing {k}")
                for k in ("percent", "amount", "floor"):
                    if not num_or(it.get(k)): err(f"{w}: bad {k} {it.get(k)}")
                if not isinstance(it.get("per_day"), bool): err(f"{w}: per_day not bool")
            elif fam == "notice":
                d = it.get("notice_days")
                if not (d == "blank" or (isinstance(d, int) and d > 0)): err(f"{w}: notice_days {d}")
                if it.get("purpose") not in PURPOSES: err(f"{w}: purpose {it.get('purpose')}")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it: err(f"{w}: missing renewal_term_days")
                elif not num_or(it["renewal_term_days"]): err(f"{w}: renewal_term_days")
            counts[fam] += 1
    hns = r["hard_negatives"]
    if not (5 <= len(hns) <= 10): err(f"{r['file']}: {len(hns)} hard negatives")
    for i, h in enumerate(hns):
        w = f"{r['file']} hn[{i}]"
        if h.get("family") not in FAMS: err(f"{w}: family {h.get('family')}")
        if h.get("src") != "writer" or not h.get("note"): err(f"{w}: src/note")
        check_text(fp, lines, h.get("text"), w)
        hn_counts[h.get("family")] += 1
    per = {fam: len(r["labels"][fam]) for fam in FAMS}
    print(f"{r['file']}: {han} Han chars, {len(lines)} lines, labels {per}, hard_negatives {len(hns)}")

# every text file must have a record
for fn in sorted(os.listdir(os.path.join(HERE, "texts"))):
    if "texts/" + fn not in seen: err(f"texts/{fn} has no label record")

print("files:", total_files)
print("label counts:", dict(counts), "total", sum(counts.values()))
print("hard negatives:", dict(hn_counts), "total", sum(hn_counts.values()))
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
