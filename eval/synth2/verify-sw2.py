#!/usr/bin/env python3
"""Verify sw2 labels: every label / hard-negative text occurs verbatim on exactly one line of its file,
required fields are present and typed, sizes are within the brief's bounds. Prints counts."""
import json, os, re, sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
FAMS = {
    "termination": {"holder": {"client", "provider", "either", "both", "none"},
                    "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}},
    "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
    "notice": {"notice_days": None,
               "purpose": {"termination", "non_renewal", "price_change", "personnel_change", "terms_change",
                           "suspension", "other"}},
    "auto_renewal": {"renewal_term_days": None},
}
errors = []
def err(m): errors.append(m)

recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files_on_disk = sorted(os.listdir(os.path.join(BASE, "texts")))
listed = sorted(r["file"][len("texts/"):] for r in recs)
if files_on_disk != listed:
    err(f"texts/ vs labels.jsonl mismatch: {files_on_disk} vs {listed}")

tot = Counter(); hn_tot = Counter(); langs = Counter()
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    name = os.path.basename(r["file"])
    if r["labels_by"] != "sw2": err(f"{name}: labels_by")
    if r["title"] != lines[0]: err(f"{name}: title != first line")
    if not re.match(rf"^{r['lang']}-sw2-0[1-3]-", name): err(f"{name}: bad file name for lang")
    langs[r["lang"]] += 1
    # size
    if r["lang"] == "zh":
        n = len(re.findall(r"[\u4e00-\u9fff]", text)); ok = 2500 <= n <= 6000; unit = "Han"
    else:
        n = len(text.split()); ok = 1500 <= n <= 3500; unit = "words"
    if not ok: err(f"{name}: size {n} {unit} out of range")
    if any(l.strip() == "" for l in lines[:-1]): err(f"{name}: blank line inside text")
    # parties
    roles = {p["role"] for p in r["parties"]}
    if roles != {"client", "provider"}: err(f"{name}: parties roles {roles}")
    for p in r["parties"]:
        if p["name"] not in text: err(f"{name}: party name not in text: {p['name']}")
        if p["label"] not in text: err(f"{name}: party label not in text: {p['label']}")
    def check_text(t, where):
        hits = [i for i, l in enumerate(lines) if t in l]
        if len(hits) != 1: err(f"{name}: {where}: text on {len(hits)} lines: {t[:60]}")
    counts = {}
    for fam, spec in FAMS.items():
        items = r["labels"].get(fam)
        if items is None: err(f"{name}: labels.{fam} missing"); continue
        counts[fam] = len(items); tot[fam] += len(items)
        for it in items:
            for k in ("text", "src", "note"):
                if k not in it: err(f"{name}: {fam} item missing {k}")
            if it.get("src") != "writer": err(f"{name}: {fam} src")
            check_text(it["text"], fam)
            for k, allowed in spec.items():
                if k not in it: err(f"{name}: {fam} item missing value key {k}: {it['text'][:40]}")
                elif allowed is not None and it[k] not in allowed: err(f"{name}: {fam}.{k}={it[k]!r} invalid")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): err(f"{name}: notice_days not int")
            if fam == "penalty":
                for k in ("percent", "amount", "floor"):
                    if it.get(k) is not None and not isinstance(it[k], (int, float)): err(f"{name}: penalty.{k} not number")
                if it.get("per_day") not in (None, True, False): err(f"{name}: per_day not bool/null")
            if fam == "auto_renewal" and it.get("renewal_term_days") is not None and not isinstance(it["renewal_term_days"], int):
                err(f"{name}: renewal_term_days not int")
    hns = r["hard_negatives"]
    if not 5 <= len(hns) <= 10: err(f"{name}: {len(hns)} hard negatives (need 5-10)")
    for h in hns:
        for k in ("family", "text", "src", "note"):
            if k not in h: err(f"{name}: hard negative missing {k}")
        if h.get("family") not in FAMS: err(f"{name}: hard negative family {h.get('family')}")
        if not h.get("note"): err(f"{name}: hard negative without note")
        check_text(h["text"], "hard_negative/" + h.get("family", "?"))
        hn_tot[h["family"]] += 1
        # a hard negative must not coincide with a label of the same family
        hn_line = [l for l in lines if h["text"] in l]
        for it in r["labels"].get(h["family"], []):
            if hn_line and it["text"] in hn_line[0]:
                err(f"{name}: hard negative shares a line with a {h['family']} label: {h['text'][:40]}")
    tables = sum(1 for l in lines if " | " in l)
    print(f"{name}: {n} {unit}, lines={len(lines)}, table rows={tables}, " +
          ", ".join(f"{k}={v}" for k, v in counts.items()) + f", hard_neg={len(hns)}")

# brief-wide requirements
if langs != Counter({"zh": 3, "en": 3}): err(f"language mix {langs}")
print("TOTAL labels:", dict(tot), "hard negatives:", dict(hn_tot))
if errors:
    print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
