import json, re, sys
from collections import Counter
REQ = {"termination": ["holder", "trigger"], "penalty": ["percent", "amount", "floor", "base", "per_day"],
       "notice": ["notice_days", "purpose"], "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []
def sentences(l):
    return [s for s in re.findall(r"[^。；]*[。；]?", l) if s]
def ok_text(text, lines):
    for l in lines:
        if text == l: return True
        if text in l and (text in sentences(l) or text in [x.strip() for x in re.split(r"(?<=。)", l) if x]):
            return True
    return False
tot = Counter()
for n, row in enumerate(open("labels.jsonl", encoding="utf-8"), 1):
    r = json.loads(row)
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append(f"row {n}: missing {k}")
    raw = open(r["file"], encoding="utf-8").read()
    lines = raw.split("\n")
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    if not 2500 <= han <= 6000: errs.append(f"{r['file']}: {han} Han chars")
    if r["title"] != lines[0]: errs.append(f"{r['file']}: title mismatch")
    for p in r["parties"]:
        if p.get("role") not in ("client", "provider") or not p.get("name") or not p.get("label"):
            errs.append(f"{r['file']}: bad party {p}")
    c = Counter()
    for fam, items in r["labels"].items():
        for it in items:
            for k in ["text", "src", "note"] + REQ[fam]:
                if k not in it: errs.append(f"{r['file']} {fam}: missing {k} in {it.get('text','')[:20]}")
            for k, allowed in ENUM.items():
                if k in it and it[k] not in allowed: errs.append(f"{r['file']}: bad {k}={it[k]}")
            if not ok_text(it["text"], lines): errs.append(f"{r['file']} {fam}: not verbatim: {it['text'][:40]}")
            c[fam] += 1
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: errs.append(f"{r['file']} HN missing {k}")
        if not ok_text(h["text"], lines): errs.append(f"{r['file']} HN not verbatim: {h['text'][:40]}")
        labelled = {it["text"] for it in r["labels"].get(h["family"], [])}
        if h["text"] in labelled: errs.append(f"{r['file']} HN also labelled in same family: {h['text'][:30]}")
    tot.update(c); tot["hard_negatives"] += len(hn)
    print(f"{r['file']:34} han={han:5} T={c['termination']:2} P={c['penalty']:2} N={c['notice']:2} A={c['auto_renewal']} HN={len(hn)}")
print("TOTAL", dict(tot))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
