import json, re, os, sys
D = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"termination": ["holder", "trigger"], "penalty": ["percent", "amount", "floor", "base", "per_day"],
          "notice": ["notice_days", "purpose"], "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []; tot = {k: 0 for k in FIELDS}; tot["hard_negatives"] = 0
def on_line(text, lines):
    for l in lines:
        if text == l: return True
        if text in l:
            i = l.index(text)
            before = l[:i]; after = l[i + len(text):]
            if (before == "" or before[-1] in "。；;！？") and (after == "" or text[-1] in "。；;！？：:"):
                return True
    return False
rows = [json.loads(x) for x in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if x.strip()]
if len(rows) != 7: errs.append("expected 7 contracts, got %d" % len(rows))
print("%-28s %5s %4s %4s %4s %4s %4s" % ("file", "han", "term", "pen", "not", "auto", "hn"))
for r in rows:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    txt = open(os.path.join(D, r["file"]), encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0] != r["title"]: errs.append(f"{r['file']}: title mismatch")
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    if not 2500 <= han <= 6000: errs.append(f"{r['file']}: han {han}")
    for bad in ["30%", "30 %", "5000", "5,000", "180日", "180天", "百分之三十"]:
        if bad in txt: errs.append(f"{r['file']}: forbidden figure {bad}")
    for p in r["parties"]:
        if p.get("role") not in ("client", "provider") or not p.get("name") or not p.get("label"): errs.append(f"{r['file']}: bad party {p}")
    cnt = {}
    for fam, fl in FIELDS.items():
        items = r["labels"].get(fam)
        if items is None: errs.append(f"{r['file']}: missing family {fam}"); items = []
        cnt[fam] = len(items); tot[fam] += len(items)
        for it in items:
            for k in ["text", "src", "note"] + fl:
                if k not in it: errs.append(f"{r['file']} {fam}: missing {k}: {it['text'][:30]}")
            for k, allowed in ENUM.items():
                if k in it and it[k] not in allowed: errs.append(f"{r['file']} {fam}: bad {k}={it[k]}")
            if not on_line(it["text"], lines): errs.append(f"{r['file']} {fam}: not verbatim: {it['text'][:40]}")
    hn = r["hard_negatives"]; tot["hard_negatives"] += len(hn)
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: errs.append(f"{r['file']} hn missing {k}")
        if h["family"] not in FIELDS: errs.append(f"{r['file']} hn bad family")
        if not on_line(h["text"], lines): errs.append(f"{r['file']} hn not verbatim: {h['text'][:40]}")
        # a hard negative must not also be a label of the same family
        if any(h["text"] == it["text"] for it in r["labels"].get(h["family"], [])): errs.append(f"{r['file']} hn also labelled: {h['text'][:30]}")
    print("%-28s %5d %4d %4d %4d %4d %4d" % (r["file"][6:], han, cnt["termination"], cnt["penalty"], cnt["notice"], cnt["auto_renewal"], len(hn)))
print("totals:", tot)
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("PASS")
