import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"termination": ["holder", "trigger"], "penalty": ["percent", "amount", "floor", "base", "per_day"],
          "notice": ["notice_days", "purpose"], "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []; tot = {k: 0 for k in FIELDS}; tot["hard"] = 0
for ln in open(os.path.join(D, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(ln)
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    lines = [l.rstrip("\n") for l in open(os.path.join(D, r["file"]), encoding="utf-8")]
    if lines[0].strip() != r["title"]: errs.append(f"{r['file']}: title mismatch")
    han = len(re.findall(r"[\u4e00-\u9fff]", "\n".join(lines)))
    if not 2500 <= han <= 6000: errs.append(f"{r['file']}: han={han}")
    body = "\n".join(lines)
    for pat in [r"(?<![\d.])30 ?%", r"(?<![\d,.])5,?000(?![\d,])", r"(?<![\d])180 ?(日|天)"]:
        if re.search(pat, body): errs.append(f"{r['file']}: forbidden figure {pat}")
    for p in r["parties"]:
        if p.get("role") not in ("client", "provider"): errs.append(f"{r['file']}: party role")
    def on_line(t): return any(t in l for l in lines)
    cnt = {}
    for fam, items in r["labels"].items():
        cnt[fam] = len(items); tot[fam] += len(items)
        for it in items:
            for k in ["text", "src", "note"] + FIELDS[fam]:
                if k not in it: errs.append(f"{r['file']} {fam}: missing {k} in {it['text'][:20]}")
            for k, allowed in ENUM.items():
                if k in it and it[k] not in allowed: errs.append(f"{r['file']} {fam}: bad {k}={it[k]}")
            if not on_line(it["text"]): errs.append(f"{r['file']} {fam}: not verbatim: {it['text'][:40]}")
    hn = r["hard_negatives"]; tot["hard"] += len(hn)
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    labelled = {it["text"] for items in r["labels"].values() for it in items}
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: errs.append(f"{r['file']} hn missing {k}")
        if not on_line(h["text"]): errs.append(f"{r['file']} hn not verbatim: {h['text'][:40]}")
        if h["text"] in labelled: errs.append(f"{r['file']} hn also labelled: {h['text'][:40]}")
    print(f"{r['file']:40s} han={han:5d} " + " ".join(f"{k}={v}" for k, v in cnt.items()) + f" hard={len(hn)}")
print("TOTAL", tot)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
