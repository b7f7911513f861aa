#!/usr/bin/env python3
"""sw53 checker: verbatim labels, required fields, sizes, counts."""
import json, re, os, sys
D = os.path.dirname(os.path.abspath(__file__))
FAM = {"termination": ["holder", "trigger"],
       "penalty": ["percent", "amount", "floor", "base", "per_day"],
       "notice": ["notice_days", "purpose"],
       "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []
def whole(text, lines):
    for l in lines:
        if text == l.strip():
            return True
        if text in l:
            # whole sentence: starts at line start or after a sentence end, ends at 。/；/end
            i = l.find(text)
            before = l[:i]
            after = l[i + len(text):]
            if (before == "" or before[-1] in "。；;！？") and (text[-1] in "。；;！？" or after == ""):
                return True
    return False
recs = [json.loads(x) for x in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if x.strip()]
tot = {k: 0 for k in FAM}; toth = 0
print(f"{'file':40} {'han':>5} " + " ".join(f"{k[:5]:>5}" for k in FAM) + "   hn")
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append((r.get("file"), "missing " + k))
    p = os.path.join(D, r["file"])
    txt = open(p, encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0] != r["title"]: errs.append((r["file"], "title mismatch"))
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    if not (2500 <= han <= 6000): errs.append((r["file"], f"han {han}"))
    for pa in r["parties"]:
        if pa.get("role") not in ("client", "provider") or not pa.get("name") or not pa.get("label"):
            errs.append((r["file"], "bad party"))
    for fam, fields in FAM.items():
        for it in r["labels"].get(fam, []):
            if not whole(it["text"], lines): errs.append((r["file"], fam, "not verbatim", it["text"][:30]))
            for fld in fields + ["src", "note"]:
                if fld not in it: errs.append((r["file"], fam, "missing " + fld))
            for fld, allowed in ENUM.items():
                if fld in it and it[fld] not in allowed: errs.append((r["file"], fam, "bad " + fld))
            if fam == "notice" and not isinstance(it.get("notice_days"), int): errs.append((r["file"], "notice_days int"))
    hn = r["hard_negatives"]
    if not (5 <= len(hn) <= 10): errs.append((r["file"], f"{len(hn)} hard negatives"))
    for h in hn:
        if h.get("family") not in FAM: errs.append((r["file"], "hn family"))
        if not whole(h["text"], lines): errs.append((r["file"], "hn not verbatim", h["text"][:30]))
        # a hard negative must not also be a label of the same family
        if any(h["text"] == it["text"] for it in r["labels"].get(h.get("family"), [])):
            errs.append((r["file"], "hn is also label", h["text"][:30]))
    c = {k: len(r["labels"].get(k, [])) for k in FAM}
    for k in FAM: tot[k] += c[k]
    toth += len(hn)
    print(f"{r['file']:40} {han:>5} " + " ".join(f"{c[k]:>5}" for k in FAM) + f" {len(hn):>4}")
print("total".ljust(46) + " ".join(f"{tot[k]:>5}" for k in FAM) + f" {toth:>4}")
for f in sorted(os.listdir(os.path.join(D, "texts"))):
    if "texts/" + f not in {r["file"] for r in recs}: errs.append((f, "unlabelled file"))
if errs:
    print("FAIL"); [print(" ", e) for e in errs]; sys.exit(1)
print("PASS")
