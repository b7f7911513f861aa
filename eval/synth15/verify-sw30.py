#!/usr/bin/env python3
"""sw30 checker: verbatim labels, required fields, sizes, counts."""
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
errors = []
def err(msg): errors.append(msg)

def whole_line_or_sentence(text, lines):
    for l in lines:
        if text == l:
            return True
        i = l.find(text)
        while i >= 0:
            before_ok = i == 0 or l[:i].endswith(". ") or l[:i].endswith(": ")
            after = l[i + len(text):]
            after_ok = text.rstrip().endswith((".", ";", ":")) and (after == "" or after.startswith(" "))
            if before_ok and after_ok:
                return True
            i = l.find(text, i + 1)
    return False

def size_ok(raw, lang):
    if lang == "zh":
        n = len(re.findall(r'[\u4e00-\u9fff]', raw)); return n, 2500 <= n <= 6000
    n = len(raw.split()); return n, 1500 <= n <= 3500

totals = {f: 0 for f in FAMS}; total_hn = 0
recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(recs) != 7: err(f"expected 7 records, got {len(recs)}")
print(f"{'file':45} {'size':>5} {'term':>4} {'pen':>4} {'not':>4} {'auto':>4} {'hn':>3}")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    if not os.path.exists(path): err(f"missing file {r['file']}"); continue
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines[0] != r["title"]: err(f"{r['file']}: title != first line")
    if r["labels_by"] != "sw30": err(f"{r['file']}: labels_by")
    if r["lang"] not in ("zh", "en"): err(f"{r['file']}: lang")
    n, ok = size_ok(raw, r["lang"])
    if not ok: err(f"{r['file']}: size {n} out of range")
    for p in r["parties"]:
        if set(p) != {"label", "role", "name"} or p["role"] not in ("client", "provider"): err(f"{r['file']}: party {p}")
        if p["name"] not in raw: err(f"{r['file']}: party name not in text: {p['name']}")
    if {p["role"] for p in r["parties"]} != {"client", "provider"}: err(f"{r['file']}: parties roles")
    if set(r["labels"]) != set(FAMS): err(f"{r['file']}: label families {set(r['labels'])}")
    for fam, items in r["labels"].items():
        for it in items:
            for k in ("text", "src", "note"):
                if k not in it: err(f"{r['file']} {fam}: missing {k}")
            if it.get("src") != "writer": err(f"{r['file']} {fam}: src")
            for fk, allowed in FAMS[fam].items():
                if fk not in it: err(f"{r['file']} {fam}: missing field {fk} in {it['text'][:50]}")
                elif allowed and it[fk] not in allowed: err(f"{r['file']} {fam}: bad {fk}={it[fk]}")
            if fam == "penalty":
                for fk in ("percent", "amount", "floor"):
                    if it[fk] is not None and not isinstance(it[fk], (int, float)): err(f"{r['file']} penalty {fk} not number")
                if not isinstance(it["per_day"], bool): err(f"{r['file']} penalty per_day not bool")
            if fam == "notice" and not isinstance(it["notice_days"], int): err(f"{r['file']} notice_days not int")
            if fam == "auto_renewal" and it["renewal_term_days"] is not None and not isinstance(it["renewal_term_days"], (int, float)):
                err(f"{r['file']} renewal_term_days")
            if not whole_line_or_sentence(it["text"], lines): err(f"{r['file']} {fam}: not verbatim line/sentence: {it['text'][:80]}")
        totals[fam] += len(items)
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    labelled = {(f, it["text"]) for f, its in r["labels"].items() for it in its}
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h: err(f"{r['file']} HN missing {k}")
        if h["family"] not in FAMS: err(f"{r['file']} HN family {h['family']}")
        if (h["family"], h["text"]) in labelled: err(f"{r['file']} HN also labelled in same family: {h['text'][:60]}")
        if not whole_line_or_sentence(h["text"], lines): err(f"{r['file']} HN not verbatim: {h['text'][:80]}")
    total_hn += len(hn)
    c = {f: len(r["labels"][f]) for f in FAMS}
    print(f"{r['file']:45} {n:5} {c['termination']:4} {c['penalty']:4} {c['notice']:4} {c['auto_renewal']:4} {len(hn):3}")
print("totals:", totals, "hard_negatives:", total_hn)
if errors:
    print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
