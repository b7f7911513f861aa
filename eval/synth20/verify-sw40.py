"""Checker for sw40: verbatim presence, required fields, sizes, counts."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"termination": {"holder", "trigger"},
          "penalty": {"percent", "amount", "floor", "base", "per_day"},
          "notice": {"notice_days", "purpose"},
          "auto_renewal": {"renewal_term_days"}}
ENUMS = {"holder": {"client", "provider", "either", "both", "none"},
         "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
         "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errors = []
def err(m): errors.append(m)

def on_one_line(text, lines):
    for l in lines:
        if l == text:
            return True
        if text in l:
            i = l.index(text)
            before_ok = i == 0 or l[i-1] == " "
            after_ok = i + len(text) == len(l) or l[i+len(text)] == " "
            if before_ok and after_ok and text.rstrip()[-1] in ".;:":
                return True
    return False

rows = [json.loads(x) for x in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if x.strip()]
print(f"{'file':34} {'words':>5} {'term':>4} {'pen':>4} {'not':>4} {'auto':>4} {'hn':>3}")
tot = {k: 0 for k in FIELDS}; tot_hn = 0
for r in rows:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    if r["title"] != lines[0]: err(f"{r['file']}: title mismatch")
    words = len(raw.split())
    if r["lang"] == "en" and not (1500 <= words <= 3500): err(f"{r['file']}: {words} words out of range")
    if r["labels_by"] != "sw40": err(f"{r['file']}: labels_by")
    for p in r["parties"]:
        if not {"label", "role", "name"} <= p.keys() or p["role"] not in ("client", "provider"):
            err(f"{r['file']}: bad party {p}")
        if p["name"].lower() not in raw.lower(): err(f"{r['file']}: party name not in text: {p['name']}")
    for fam, need in FIELDS.items():
        for it in r["labels"].get(fam, []):
            miss = ({"text", "src", "note"} | need) - it.keys()
            if miss: err(f"{r['file']} {fam}: missing {miss}")
            for k in ("holder", "trigger", "purpose"):
                if k in it and it[k] not in ENUMS[k]: err(f"{r['file']} {fam}: bad {k}={it[k]}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): err(f"{r['file']}: notice_days not int")
            if not on_one_line(it["text"], lines): err(f"{r['file']} {fam}: not verbatim line/sentence: {it['text'][:70]}")
            tot[fam] += 1
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        if not {"family", "text", "src", "note"} <= h.keys() or h["family"] not in FIELDS: err(f"{r['file']}: bad HN {h}")
        if not on_one_line(h["text"], lines): err(f"{r['file']} HN not verbatim: {h['text'][:70]}")
        if any(h["text"] == it["text"] for it in r["labels"].get(h["family"], [])):
            err(f"{r['file']}: HN also labelled in same family: {h['text'][:60]}")
    tot_hn += len(hn)
    # banned figures
    for bad in (r"\b30 ?%", r"\b30 percent", r"\b5,?000\b", r"\b180 days"):
        if re.search(bad, raw): err(f"{r['file']}: banned figure {bad}")
    c = r["labels"]
    print(f"{r['file']:34} {words:5} {len(c['termination']):4} {len(c['penalty']):4} {len(c['notice']):4} {len(c['auto_renewal']):4} {len(hn):3}")
print("totals", tot, "hard_negatives", tot_hn)
if len(rows) != 7: err("expected 7 contracts")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
