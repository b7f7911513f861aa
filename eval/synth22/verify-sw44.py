#!/usr/bin/env python3
"""sw44 checker: verbatim lines/sentences, required fields, sizes, counts."""
import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FIELDS = {"termination": {"holder": {"client", "provider", "either", "both", "none"},
                          "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
          "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
          "notice": {"notice_days": None, "purpose": {"termination", "non_renewal", "price_change", "terms_change",
                                                      "suspension", "personnel_change", "other"}},
          "auto_renewal": {"renewal_term_days": None}}
FORBID = [r"\b30 ?%", r"\b5,?000\b", r"\b180 days\b"]
errs = []
def whole(text, lines):
    """text must be a whole line or a whole sentence of exactly one line."""
    hits = [l for l in lines if text in l]
    if not hits: return "not found"
    for l in hits:
        if l.strip() == text.strip(): return None
        i = l.find(text)
        before, after = l[:i], l[i + len(text):]
        if (before == "" or re.search(r"[.;:?!]\s$", before)) and (after == "" or after[0] == " ") and text.rstrip()[-1] in ".;:?!":
            return None
    return "not a whole line/sentence"
tot = {k: 0 for k in FIELDS}; tot["hard_negatives"] = 0
recs = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
if len(recs) != 7: errs.append(f"expected 7 records, got {len(recs)}")
print(f"{'file':45} {'words':>6} {'term':>5} {'pen':>4} {'not':>4} {'auto':>5} {'hn':>3}")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    txt = open(r["file"], encoding="utf-8").read()
    lines = txt.splitlines()
    if lines[0] != r["title"]: errs.append(f"{r['file']}: title mismatch")
    words = len(txt.split())
    if not 1500 <= words <= 3500: errs.append(f"{r['file']}: {words} words out of range")
    for pat in FORBID:
        for m in re.finditer(pat, txt): errs.append(f"{r['file']}: forbidden figure {m.group()}")
    if r["lang"] != "en" or r["labels_by"] != "sw44": errs.append(f"{r['file']}: lang/labels_by")
    roles = {p["role"] for p in r["parties"]}
    if roles != {"client", "provider"}: errs.append(f"{r['file']}: roles {roles}")
    for p in r["parties"]:
        if p["name"].lower() not in txt.lower(): errs.append(f"{r['file']}: party name not in text {p['name']}")
    for fam, spec in FIELDS.items():
        items = r["labels"].get(fam)
        if items is None: errs.append(f"{r['file']}: no family {fam}"); continue
        for it in items:
            for k in ("text", "src", "note", *spec):
                if k not in it: errs.append(f"{r['file']} {fam}: missing {k}: {it['text'][:50]}")
            for k, allowed in spec.items():
                if allowed and it.get(k) not in allowed: errs.append(f"{r['file']} {fam}: bad {k}={it.get(k)}")
            if fam == "auto_renewal" and "option" in it["text"].lower() and it["note"] != "option":
                errs.append(f"{r['file']}: option renewal must have note 'option'")
            if fam == "penalty" and not isinstance(it["per_day"], bool): errs.append(f"{r['file']}: per_day not bool")
            if fam == "notice" and not isinstance(it["notice_days"], int): errs.append(f"{r['file']}: notice_days not int")
            e = whole(it["text"], lines)
            if e: errs.append(f"{r['file']} {fam}: {e}: {it['text'][:70]}")
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    labelled = {it["text"] for fam in FIELDS for it in r["labels"][fam]}
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h: errs.append(f"{r['file']} hn missing {k}")
        if h["family"] not in FIELDS: errs.append(f"{r['file']} hn bad family {h['family']}")
        if h["text"] in labelled: errs.append(f"{r['file']} hn is also a label: {h['text'][:60]}")
        e = whole(h["text"], lines)
        if e: errs.append(f"{r['file']} hn: {e}: {h['text'][:70]}")
    c = {fam: len(r["labels"][fam]) for fam in FIELDS}
    for fam in FIELDS: tot[fam] += c[fam]
    tot["hard_negatives"] += len(hn)
    print(f"{r['file']:45} {words:>6} {c['termination']:>5} {c['penalty']:>4} {c['notice']:>4} {c['auto_renewal']:>5} {len(hn):>3}")
print("TOTAL", tot)
if errs:
    print("\nERRORS:"); [print(" -", e) for e in errs]; sys.exit(1)
print("OK: all checks passed")
