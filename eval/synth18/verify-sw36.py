#!/usr/bin/env python3
"""Checker for sw36: labels verbatim, fields present, sizes in range, counts."""
import json, os, re, sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
FAMS = {
    "termination": {"holder": {"client", "provider", "either", "both", "none"},
                    "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
    "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
    "notice": {"notice_days": None,
               "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension",
                           "personnel_change", "other"}},
    "auto_renewal": {"renewal_term_days": None},
}
BANNED = [r"\b30\s?%", r"\b5,?000\b", r"\b180 days\b"]
errors = []
def err(m): errors.append(m)

def whole_line_or_sentence(text, line):
    if text == line:
        return True
    i = line.find(text)
    if i < 0:
        return False
    before = line[:i].rstrip()
    after = line[i + len(text):]
    start_ok = i == 0 or before.endswith((".", ":", ";", "?", "!")) and line[i - 1] == " "
    end_ok = text.rstrip().endswith((".", ":", ";", "?", "!")) and (after == "" or after.startswith(" "))
    return start_ok and end_ok

def find(text, lines):
    return [n for n, l in enumerate(lines, 1) if text in l]

rows = [json.loads(x) for x in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if x.strip()]
if len(rows) != 7:
    err(f"expected 7 contracts, got {len(rows)}")
tot = Counter()
print(f"{'file':48} {'words':>6} {'term':>5} {'pen':>4} {'not':>4} {'auto':>5} {'hn':>3}")
for r in rows:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r:
            err(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[0] != r["title"]:
        err(f"{r['file']}: title != first line")
    if r["lang"] != "en" or r["labels_by"] != "sw36":
        err(f"{r['file']}: lang/labels_by")
    words = len(raw.split())
    if not 1500 <= words <= 3500:
        err(f"{r['file']}: {words} words out of range")
    for b in BANNED:
        if re.search(b, raw):
            err(f"{r['file']}: banned figure {b}")
    roles = {p.get("role") for p in r["parties"]}
    if roles != {"client", "provider"} or any(not p.get("label") or not p.get("name") for p in r["parties"]):
        err(f"{r['file']}: parties incomplete")
    for fam, spec in FAMS.items():
        items = r["labels"].get(fam)
        if items is None:
            err(f"{r['file']}: family {fam} missing"); continue
        for it in items:
            for k in ("text", "src", "note", *spec):
                if k not in it:
                    err(f"{r['file']} {fam}: missing field {k} in {it.get('text','')[:50]}")
            for k, allowed in spec.items():
                if allowed and it.get(k) not in allowed:
                    err(f"{r['file']} {fam}: bad {k}={it.get(k)}")
            if fam == "penalty":
                for k in ("percent", "amount", "floor"):
                    if it.get(k) is not None and not isinstance(it[k], (int, float)):
                        err(f"{r['file']} penalty {k} not numeric")
                if not isinstance(it.get("per_day"), bool):
                    err(f"{r['file']} penalty per_day not bool")
            if fam == "notice" and not isinstance(it.get("notice_days"), int):
                err(f"{r['file']} notice_days not int")
            if fam == "auto_renewal" and it.get("renewal_term_days") is not None and not isinstance(it["renewal_term_days"], int):
                err(f"{r['file']} renewal_term_days not int")
            if fam == "auto_renewal" and "option" in it.get("note", "").lower() is False:
                pass
            hits = find(it["text"], lines)
            if len(hits) != 1:
                err(f"{r['file']} {fam}: text found on {len(hits)} lines: {it['text'][:60]}")
            elif not whole_line_or_sentence(it["text"], lines[hits[0] - 1]):
                err(f"{r['file']} {fam}: not a whole line/sentence: {it['text'][:60]}")
        tot[fam] += len(items)
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10:
        err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h:
                err(f"{r['file']} hn missing {k}")
        if h.get("family") not in FAMS:
            err(f"{r['file']} hn bad family {h.get('family')}")
        fam_texts = {it["text"] for it in r["labels"].get(h.get("family"), [])}
        if h["text"] in fam_texts:
            err(f"{r['file']} hn also labelled in same family: {h['text'][:60]}")
        hits = find(h["text"], lines)
        if len(hits) != 1:
            err(f"{r['file']} hn found on {len(hits)} lines: {h['text'][:60]}")
        elif not whole_line_or_sentence(h["text"], lines[hits[0] - 1]):
            err(f"{r['file']} hn not whole line/sentence: {h['text'][:60]}")
    tot["hard_negatives"] += len(hn)
    L = r["labels"]
    print(f"{r['file']:48} {words:>6} {len(L['termination']):>5} {len(L['penalty']):>4} {len(L['notice']):>4} "
          f"{len(L['auto_renewal']):>5} {len(hn):>3}")
print("TOTAL", dict(tot))
if errors:
    print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
