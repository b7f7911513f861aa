#!/usr/bin/env python3
"""Checker for sw34 labels: verbatim whole line/sentence, required fields, sizes, counts."""
import json, re, sys, os
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
FAM_FIELDS = {
    "termination": {"holder": {"client", "provider", "either", "both", "none"},
                    "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
    "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
    "notice": {"notice_days": None, "purpose": {"termination", "non_renewal", "price_change", "terms_change",
                                                 "suspension", "personnel_change", "other"}},
    "auto_renewal": {"renewal_term_days": None},
}
FORBIDDEN = [r"\b30 ?%", r"\b30 per ?cent", r"(?<![\d,])5,?000\b", r"\b180 days"]
errors = []

def sentence_ok(line, text):
    line = line.strip()
    if text == line:
        return True
    i = line.find(text)
    while i != -1:
        before_ok = i == 0 or re.search(r"[.;:!?]\s+$", line[:i]) is not None
        after = line[i + len(text):]
        after_ok = text.rstrip()[-1] in ".;:!?" and (after == "" or after[0] == " ")
        if before_ok and after_ok:
            return True
        i = line.find(text, i + 1)
    return False

def check_num(v):
    return v is None or isinstance(v, (int, float)) and not isinstance(v, bool)

totals = Counter()
recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
print(f"{'file':45} {'words':>6} {'term':>5} {'pen':>4} {'ntc':>4} {'auto':>5} {'hn':>3}")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r:
            errors.append(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    txt = open(path, encoding="utf-8").read()
    lines = txt.splitlines()
    if lines[0].strip() != r["title"]:
        errors.append(f"{r['file']}: title mismatch")
    words = len(txt.split())
    if r["lang"] == "en" and not (1500 <= words <= 3500):
        errors.append(f"{r['file']}: {words} words out of range")
    for pat in FORBIDDEN:
        for m in re.finditer(pat, txt):
            errors.append(f"{r['file']}: forbidden figure {m.group(0)!r}")
    for p in r["parties"]:
        if not {"label", "role", "name"} <= set(p) or p["role"] not in ("client", "provider"):
            errors.append(f"{r['file']}: bad party {p}")
    if {p["role"] for p in r["parties"]} != {"client", "provider"}:
        errors.append(f"{r['file']}: need one client and one provider")
    counts = {}
    labelled = {}
    for fam, spec in FAM_FIELDS.items():
        items = r["labels"].get(fam)
        if items is None:
            errors.append(f"{r['file']}: missing family {fam}"); continue
        counts[fam] = len(items)
        labelled[fam] = {it["text"] for it in items}
        seen = set()
        for it in items:
            t = it.get("text", "")
            if t in seen:
                errors.append(f"{r['file']}: duplicate {fam} label: {t[:60]}")
            seen.add(t)
            for k in ("text", "src", "note"):
                if k not in it:
                    errors.append(f"{r['file']}: {fam} item missing {k}: {t[:60]}")
            for k, allowed in spec.items():
                if k not in it:
                    errors.append(f"{r['file']}: {fam} item missing {k}: {t[:60]}")
                elif allowed is not None and it[k] not in allowed:
                    errors.append(f"{r['file']}: {fam} bad {k}={it[k]}: {t[:60]}")
            if fam == "penalty":
                for k in ("percent", "amount", "floor"):
                    if not check_num(it.get(k)):
                        errors.append(f"{r['file']}: penalty {k} not numeric: {t[:60]}")
                if not isinstance(it.get("per_day"), bool):
                    errors.append(f"{r['file']}: per_day not bool: {t[:60]}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int):
                errors.append(f"{r['file']}: notice_days not int: {t[:60]}")
            if fam == "auto_renewal" and not check_num(it.get("renewal_term_days")):
                errors.append(f"{r['file']}: renewal_term_days bad: {t[:60]}")
            hits = [i for i, ln in enumerate(lines) if sentence_ok(ln, t)]
            if not hits:
                errors.append(f"{r['file']}: {fam} text not a verbatim line/sentence: {t[:80]}")
            elif len(hits) > 1:
                print(f"  note: {fam} text occurs on {len(hits)} lines: {t[:60]}")
    hn = r["hard_negatives"]
    if not (5 <= len(hn) <= 10):
        errors.append(f"{r['file']}: {len(hn)} hard negatives (need 5-10)")
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h:
                errors.append(f"{r['file']}: HN missing {k}")
        if h["family"] not in FAM_FIELDS:
            errors.append(f"{r['file']}: HN bad family {h['family']}")
        if h["text"] in labelled.get(h["family"], set()):
            errors.append(f"{r['file']}: HN also labelled in same family: {h['text'][:60]}")
        if not any(sentence_ok(ln, h["text"]) for ln in lines):
            errors.append(f"{r['file']}: HN text not verbatim line/sentence: {h['text'][:80]}")
    for fam in FAM_FIELDS:
        totals[fam] += counts.get(fam, 0)
    totals["hn"] += len(hn)
    print(f"{r['file']:45} {words:>6} {counts.get('termination',0):>5} {counts.get('penalty',0):>4} "
          f"{counts.get('notice',0):>4} {counts.get('auto_renewal',0):>5} {len(hn):>3}")
print(f"{'TOTAL':45} {'':>6} {totals['termination']:>5} {totals['penalty']:>4} {totals['notice']:>4} "
      f"{totals['auto_renewal']:>5} {totals['hn']:>3}")
if len(recs) != 7:
    errors.append(f"expected 7 contracts, got {len(recs)}")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed")
