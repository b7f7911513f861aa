#!/usr/bin/env python3
"""Checker for sw56: verbatim lines, required fields, sizes, counts."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FAM = {
    "termination": {"holder": {"client", "provider", "either", "both", "none"},
                    "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
    "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
    "notice": {"notice_days": None,
               "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}},
    "auto_renewal": {"renewal_term_days": None},
}
errors = []
def err(m): errors.append(m)
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files_on_disk = sorted(f for f in os.listdir(os.path.join(HERE, "texts")) if f.endswith(".txt"))
if len(rows) != 7: err(f"expected 7 rows, got {len(rows)}")
if sorted(os.path.basename(r["file"]) for r in rows) != files_on_disk: err("labels.jsonl files != texts/ files")
tot = {k: 0 for k in FAM}; tot["hard_negatives"] = 0
print(f"{'file':38} {'words':>5} {'term':>4} {'pen':>4} {'not':>4} {'ren':>4} {'hn':>4}")
for r in rows:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(HERE, r["file"])
    text = open(path, encoding="utf-8").read()
    lines = [l for l in text.split("\n")]
    if text.split("\n")[0].strip() != r["title"]: err(f"{r['file']}: title mismatch")
    if r["lang"] != "en": err(f"{r['file']}: lang")
    words = len(re.findall(r"\S+", text))
    if not 1500 <= words <= 3500: err(f"{r['file']}: {words} words out of range")
    for p in r["parties"]:
        if not {"label", "role", "name"} <= set(p) or p["role"] not in ("client", "provider"): err(f"{r['file']}: bad party {p}")
        if p["name"].lower() not in text.lower(): err(f"{r['file']}: party name not in text {p['name']}")
    def on_one_line(t):
        return any(t in l for l in lines)
    for fam, spec in FAM.items():
        for it in r["labels"].get(fam, []):
            for k in ("text", "src", "note"):
                if k not in it: err(f"{r['file']} {fam}: missing {k}")
            for k, allowed in spec.items():
                if k not in it: err(f"{r['file']} {fam}: missing field {k}: {it['text'][:50]}")
                elif allowed and it[k] not in allowed: err(f"{r['file']} {fam}: bad {k}={it[k]}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): err(f"{r['file']} notice_days not int")
            if fam == "auto_renewal" and "option" in it["text"].lower() and it["note"] != "option": err(f"{r['file']}: option w/o note")
            if not on_one_line(it["text"]): err(f"{r['file']} {fam}: NOT VERBATIM: {it['text'][:80]}")
            tot[fam] += 1
    if not 5 <= len(r["hard_negatives"]) <= 10: err(f"{r['file']}: {len(r['hard_negatives'])} hard negatives")
    for h in r["hard_negatives"]:
        if not {"family", "text", "src", "note"} <= set(h) or h["family"] not in FAM: err(f"{r['file']}: bad HN {h}")
        if not on_one_line(h["text"]): err(f"{r['file']} HN NOT VERBATIM: {h['text'][:80]}")
        for it in r["labels"].get(h["family"], []):
            if it["text"] == h["text"]: err(f"{r['file']}: HN also labelled in same family: {h['text'][:60]}")
    tot["hard_negatives"] += len(r["hard_negatives"])
    L = r["labels"]
    print(f"{os.path.basename(r['file']):38} {words:>5} {len(L['termination']):>4} {len(L['penalty']):>4} {len(L['notice']):>4} {len(L['auto_renewal']):>4} {len(r['hard_negatives']):>4}")
    # figures to avoid
    for bad in (r"\b30\s?%", r"\b30 per ?cent", r"thirty per ?cent", r"\b5,?000\b", r"\b180 days", r"one hundred and eighty"):
        if re.search(bad, text, re.I): err(f"{r['file']}: avoided figure present: {bad}")
print("TOTAL", tot)
if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)
print("OK")
