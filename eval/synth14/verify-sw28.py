#!/usr/bin/env python3
"""Checker for sw28 labels: verbatim text, required fields, sizes, counts."""
import json, os, re, sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
FAMS = {
    "termination": {"holder": {"client", "provider", "either", "both", "none"},
                    "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
    "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
    "notice": {"notice_days": None, "purpose": {"termination", "non_renewal", "price_change", "terms_change",
                                                 "suspension", "personnel_change", "other"}},
    "auto_renewal": {"renewal_term_days": None},
}
errors = []
def err(m): errors.append(m)

def whole_unit(text, line):
    """text must be the whole line or a whole sentence of it."""
    if text == line:
        return True
    i = line.find(text)
    while i >= 0:
        start_ok = (i == 0 or line[i-2:i] in (". ", ": ", "; ")
                    or re.fullmatch(r"(Section \d+\.\d+|Clause \d+\.|\d+(\.\d+)*\.?|\([a-zA-Z0-9]+\)) ", line[:i]) is not None)
        end = i + len(text)
        end_ok = end == len(line) or (text.endswith(".") and line[end] == " ")
        if start_ok and end_ok:
            return True
        i = line.find(text, i + 1)
    return False

def num_ok(v): return v is None or isinstance(v, (int, float)) and not isinstance(v, bool)

recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(recs) != 7: err(f"expected 7 contracts, got {len(recs)}")
total = Counter()
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    if not os.path.exists(path): err(f"missing file {path}"); continue
    raw = open(path, encoding="utf-8").read()
    lines = [l for l in raw.split("\n") if l.strip()]
    if r["title"] != lines[0]: err(f"{r['file']}: title != first line")
    if r["lang"] != "en": err(f"{r['file']}: lang")
    if r["labels_by"] != "sw28": err(f"{r['file']}: labels_by")
    words = len(raw.split())
    if not 1500 <= words <= 3500: err(f"{r['file']}: {words} words out of range")
    for p in r["parties"]:
        if set(p) != {"label", "role", "name"} or p["role"] not in ("client", "provider"):
            err(f"{r['file']}: bad party {p}")
    if set(r["labels"]) != set(FAMS): err(f"{r['file']}: families {set(r['labels'])}")
    cnt = Counter()
    def check_text(t, where):
        hits = [l for l in lines if t in l]
        if not hits: err(f"{r['file']}: not verbatim [{where}]: {t[:80]}")
        elif not any(whole_unit(t, l) for l in hits): err(f"{r['file']}: not a whole line/sentence [{where}]: {t[:80]}")
    for fam, items in r["labels"].items():
        for it in items:
            for k in ("text", "src", "note"):
                if k not in it: err(f"{r['file']}: {fam} item missing {k}")
            if it.get("src") != "writer": err(f"{r['file']}: src")
            for fld, allowed in FAMS[fam].items():
                if fld not in it: err(f"{r['file']}: {fam} missing {fld}"); continue
                v = it[fld]
                if isinstance(allowed, set):
                    if v not in allowed: err(f"{r['file']}: {fam}.{fld}={v}")
                elif fld == "per_day":
                    if not isinstance(v, bool): err(f"{r['file']}: per_day not bool")
                elif fld == "base":
                    if v is not None and not isinstance(v, str): err(f"{r['file']}: base")
                elif fld == "notice_days":
                    if not isinstance(v, int): err(f"{r['file']}: notice_days {v}")
                elif not num_ok(v): err(f"{r['file']}: {fam}.{fld}={v}")
            if fam == "auto_renewal" and "option" in it["text"].lower() and it["note"] != "option":
                err(f"{r['file']}: option renewal without note 'option'")
            check_text(it["text"], fam)
            cnt[fam] += 1
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    labelled = {it["text"] for items in r["labels"].values() for it in items}
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h: err(f"{r['file']}: HN missing {k}")
        if h.get("family") not in FAMS: err(f"{r['file']}: HN family {h.get('family')}")
        if h["text"] in labelled: err(f"{r['file']}: HN text also labelled: {h['text'][:60]}")
        check_text(h["text"], "HN")
    cnt["hard_negatives"] = len(hn)
    total.update(cnt)
    print(f"{r['file']:45s} words={words:5d} " + " ".join(f"{k}={cnt[k]}" for k in list(FAMS) + ["hard_negatives"]))
print("TOTAL", dict(total))
if errors:
    print("\nFAILED:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
