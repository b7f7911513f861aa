#!/usr/bin/env python3
"""sw51 checker: verbatim lines/sentences, required fields, sizes, counts."""
import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FIELDS = {"termination": {"holder": {"client", "provider", "either", "both", "none"},
                          "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
          "penalty": ["percent", "amount", "floor", "base", "per_day"],
          "notice": ["notice_days", "purpose"],
          "auto_renewal": ["renewal_term_days"]}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}
BANNED = [r"30\s*%", r"(?<![\d,])5,?000(?![\d,])", r"(?<!\d)180(?!\d)"]
errs = []
def sentences(line):
    return [s for s in re.findall(r"[^。！？]*[。！？]?", line) if s.strip()]
def on_one_line(text, lines):
    for ln in lines:
        s = ln.strip()
        if text == s: return True
        if text in sentences(s) or text in [x.strip() for x in sentences(s)]: return True
    return False
recs = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
tot = {k: 0 for k in FIELDS}; tot["hard_negatives"] = 0
print(f"{'file':34} {'han':>5} term pen not auto hn")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    txt = open(r["file"], encoding="utf-8").read()
    lines = txt.splitlines()
    if lines[0].strip() != r["title"]: errs.append(f"{r['file']}: title mismatch")
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    if not 2500 <= han <= 6000: errs.append(f"{r['file']}: {han} Han chars")
    for pat in BANNED:
        for m in re.finditer(pat, txt): errs.append(f"{r['file']}: banned figure {m.group()!r}")
    roles = {p["role"] for p in r["parties"]}
    if roles != {"client", "provider"}: errs.append(f"{r['file']}: roles {roles}")
    labelled = set()
    for fam, spec in FIELDS.items():
        for it in r["labels"].get(fam, []):
            labelled.add(it["text"])
            for k in ("text", "src", "note"):
                if k not in it: errs.append(f"{r['file']} {fam}: missing {k}")
            if not on_one_line(it["text"], lines): errs.append(f"{r['file']} {fam}: not verbatim: {it['text'][:40]}")
            if isinstance(spec, dict):
                for k, allowed in spec.items():
                    if it.get(k) not in allowed: errs.append(f"{r['file']} {fam}: bad {k}={it.get(k)}")
            else:
                for k in spec:
                    if k not in it: errs.append(f"{r['file']} {fam}: missing {k}")
            if fam == "notice":
                if not isinstance(it["notice_days"], int) or it["purpose"] not in PURPOSES:
                    errs.append(f"{r['file']} notice bad fields {it['text'][:30]}")
            if fam == "penalty" and not isinstance(it["per_day"], bool):
                errs.append(f"{r['file']} penalty per_day not bool")
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h: errs.append(f"{r['file']} HN missing {k}")
        if h["family"] not in FIELDS: errs.append(f"{r['file']} HN bad family {h['family']}")
        if not on_one_line(h["text"], lines): errs.append(f"{r['file']} HN not verbatim: {h['text'][:40]}")
        if h["text"] in labelled: errs.append(f"{r['file']} HN also labelled: {h['text'][:40]}")
    c = [len(r["labels"][f]) for f in FIELDS]
    for f, n in zip(FIELDS, c): tot[f] += n
    tot["hard_negatives"] += len(hn)
    print(f"{r['file']:34} {han:5} {c[0]:4} {c[1]:3} {c[2]:3} {c[3]:4} {len(hn):2}")
print("totals:", tot)
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
