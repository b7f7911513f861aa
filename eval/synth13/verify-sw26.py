#!/usr/bin/env python3
"""sw26 checker: verbatim matches, required fields, sizes, counts."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FAM = {"termination": {"holder": {"client", "provider", "either", "both", "none"},
                       "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
       "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
       "notice": {"notice_days": None, "purpose": {"termination", "non_renewal", "price_change", "terms_change",
                                                  "suspension", "personnel_change", "other"}},
       "auto_renewal": {"renewal_term_days": None}}
errors = []
def err(m): errors.append(m)

def on_one_line(text, lines):
    for ln in lines:
        s = ln.strip()
        if text == s:
            return True
        if text in s:
            # must be a whole sentence of the line
            i = s.index(text)
            before, after = s[:i], s[i + len(text):]
            ok_before = before == "" or re.search(r"[.;:!?\"')]\s+$", before)
            ok_after = after == "" or re.match(r"^\s+\S", after) and text.rstrip()[-1] in ".;:!?\""
            if ok_before and ok_after:
                return True
    return False

recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
tot = {f: 0 for f in FAM}; tot_hn = 0
print(f"{'file':45} {'words':>6} {'term':>5} {'pen':>4} {'not':>4} {'ren':>4} {'hn':>3}")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(HERE, r["file"])
    txt = open(path, encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0].strip() != r["title"]: err(f"{r['file']}: title mismatch")
    if r["lang"] != "en": err(f"{r['file']}: lang")
    words = len(txt.split())
    if not 1500 <= words <= 3500: err(f"{r['file']}: {words} words out of range")
    for p in r["parties"]:
        if set(p) != {"label", "role", "name"} or p["role"] not in ("client", "provider"):
            err(f"{r['file']}: bad party {p}")
        if p["name"] not in txt: err(f"{r['file']}: party name not in text: {p['name']}")
    for fam, spec in FAM.items():
        items = r["labels"].get(fam)
        if items is None: err(f"{r['file']}: family {fam} missing"); continue
        for it in items:
            for k in ("text", "src", "note", *spec):
                if k not in it: err(f"{r['file']} {fam}: missing {k}: {it.get('text','')[:60]}")
            for k, allowed in spec.items():
                if allowed and it.get(k) not in allowed: err(f"{r['file']} {fam}: bad {k}={it.get(k)}")
            if fam == "penalty":
                for k in ("percent", "amount", "floor"):
                    if it[k] is not None and not isinstance(it[k], (int, float)): err(f"penalty {k} not number")
                if not isinstance(it["per_day"], bool): err("per_day not bool")
            if fam == "notice" and not isinstance(it["notice_days"], int): err("notice_days not int")
            if fam == "auto_renewal" and it["renewal_term_days"] is not None and not isinstance(it["renewal_term_days"], (int, float)):
                err("renewal_term_days")
            if it.get("src") != "writer": err("src")
            if not on_one_line(it["text"], lines): err(f"{r['file']} {fam}: not verbatim: {it['text'][:80]}")
            if fam == "auto_renewal" and "option" in it["text"].lower() and it["note"] != "option" and "Option" not in it["text"]:
                pass
        tot[fam] += len(items)
    hns = r["hard_negatives"]
    if not 5 <= len(hns) <= 10: err(f"{r['file']}: {len(hns)} hard negatives")
    for h in hns:
        for k in ("family", "text", "src", "note"):
            if k not in h: err(f"{r['file']} hn missing {k}")
        if h["family"] not in FAM: err(f"hn family {h['family']}")
        if not on_one_line(h["text"], lines): err(f"{r['file']} HN not verbatim: {h['text'][:80]}")
        same = [it for it in r["labels"][h["family"]] if it["text"] == h["text"]]
        if same: err(f"{r['file']} HN also labelled in same family: {h['text'][:60]}")
    tot_hn += len(hns)
    L = r["labels"]
    print(f"{r['file']:45} {words:6} {len(L['termination']):5} {len(L['penalty']):4} {len(L['notice']):4} {len(L['auto_renewal']):4} {len(hns):3}")
    # forbidden figures
    for pat in (r"\b30\s?%", r"\bthirty percent", r"\b5,?000\b", r"\b180\b", r"one hundred eighty"):
        if re.search(pat, txt, re.I): err(f"{r['file']}: forbidden figure {pat}")
print("totals:", tot, "hard_negatives:", tot_hn)
if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)
print("OK")
