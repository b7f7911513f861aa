#!/usr/bin/env python3
"""sw50 checker: verbatim text, required fields, sizes, counts."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"termination": {"holder", "trigger"},
          "penalty": {"percent", "amount", "floor", "base", "per_day"},
          "notice": {"notice_days", "purpose"},
          "auto_renewal": {"renewal_term_days"}}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []
def err(m): errs.append(m)
def check_text(lines, t, where):
    hits = [l for l in lines if t in l]
    if not hits:
        err(f"{where}: not verbatim: {t[:70]}"); return
    l = hits[0]
    if t != l:
        i = l.index(t)
        before, after = l[:i], l[i + len(t):]
        ok_b = before == "" or re.search(r"[.;:]\s$", before)
        ok_a = after == "" or re.match(r"^\s", after)
        if not (ok_b and ok_a and t.rstrip()[-1] in ".;:"):
            err(f"{where}: not a whole line/sentence: {t[:70]}")
recs = [json.loads(x) for x in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if x.strip()]
tot = {k: 0 for k in FIELDS}; tot_hn = 0
print(f"{'file':45} {'words':>6} {'term':>5} {'pen':>4} {'not':>4} {'auto':>5} {'hn':>3}")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(D, r["file"])
    txt = open(path, encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0] != r["title"]: err(f"{r['file']}: title mismatch")
    words = len(txt.split())
    if r["lang"] == "en" and not (1500 <= words <= 3500): err(f"{r['file']}: {words} words")
    roles = {p.get("role") for p in r["parties"]}
    if not roles >= {"client", "provider"}: err(f"{r['file']}: parties roles {roles}")
    for fam, req in FIELDS.items():
        for it in r["labels"].get(fam, []):
            miss = (req | {"text", "src", "note"}) - set(it)
            if miss: err(f"{r['file']} {fam}: missing {miss}")
            for f2, vals in ENUM.items():
                if f2 in it and it[f2] not in vals: err(f"{r['file']} {fam}: bad {f2}={it[f2]}")
            if fam == "auto_renewal" and it.get("text") and False: pass
            check_text(lines, it["text"], f"{r['file']} {fam}")
        tot[fam] += len(r["labels"].get(fam, []))
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        if set(h) < {"family", "text", "src", "note"}: err(f"{r['file']} HN missing fields")
        if h["family"] not in FIELDS: err(f"{r['file']} HN bad family")
        check_text(lines, h["text"], f"{r['file']} HN")
        if any(h["text"] == it["text"] for it in r["labels"].get(h["family"], [])):
            err(f"{r['file']} HN also labelled in same family: {h['text'][:60]}")
    tot_hn += len(hn)
    c = {k: len(r["labels"].get(k, [])) for k in FIELDS}
    print(f"{r['file']:45} {words:>6} {c['termination']:>5} {c['penalty']:>4} {c['notice']:>4} {c['auto_renewal']:>5} {len(hn):>3}")
for f in os.listdir(os.path.join(D, "texts")):
    t = open(os.path.join(D, "texts", f), encoding="utf-8").read()
    for bad in ("30%", "30 %", "180 days", "5000", "$5,000", "£5,000", "€5,000"):
        if bad in t: err(f"{f}: forbidden figure {bad}")
print("TOTAL", tot, "hard_negatives", tot_hn, "contracts", len(recs))
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("PASS")
