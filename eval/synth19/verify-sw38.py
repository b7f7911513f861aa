import json, re, sys
from collections import Counter
FAM = {"termination": ["holder", "trigger"], "penalty": ["percent", "amount", "floor", "base", "per_day"],
       "notice": ["notice_days", "purpose"], "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []; tot = Counter()
def sentence_ok(t, line):
    if t == line: return True
    i = line.find(t)
    if i < 0: return False
    before = line[:i].rstrip(); after = line[i+len(t):]
    ok_b = i == 0 or before.endswith((".", ":", ";")) 
    ok_a = after == "" or after.startswith(" ")
    return ok_b and ok_a and t.rstrip().endswith((".", ":", ";"))
rows = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
print(f"{'file':45} words  term pen  not  ren  hn")
for r in rows:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    text = open(r["file"], encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != r["title"]: errs.append(f"{r['file']}: title mismatch")
    words = len(text.split())
    if not (1500 <= words <= 3500): errs.append(f"{r['file']}: {words} words out of range")
    for bad in [r"(?<![\d.])30 ?%", r"(?<![\d,.])5,?000(?![\d,])", r"\b180 days", r"one hundred and eighty"]:
        if re.search(bad, text): errs.append(f"{r['file']}: forbidden figure {bad!r}")
    def check(t, where):
        hits = [l for l in lines if t in l]
        if not hits: errs.append(f"{r['file']} {where}: not found: {t[:70]}"); return
        if not any(sentence_ok(t, l) for l in hits): errs.append(f"{r['file']} {where}: not whole line/sentence: {t[:70]}")
    cnt = {}
    for fam, fields in FAM.items():
        items = r["labels"].get(fam, [])
        cnt[fam] = len(items); tot[fam] += len(items)
        for it in items:
            for f in ["text", "src", "note"] + fields:
                if f not in it: errs.append(f"{r['file']} {fam}: missing field {f}")
            for f, allowed in ENUM.items():
                if f in it and it[f] not in allowed: errs.append(f"{r['file']} {fam}: bad {f}={it[f]}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): errs.append(f"{r['file']}: notice_days not int")
            if fam == "penalty" and not isinstance(it.get("per_day"), bool): errs.append(f"{r['file']}: per_day not bool")
            check(it["text"], fam)
    hn = r["hard_negatives"]
    if not (5 <= len(hn) <= 10): errs.append(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for f in ["family", "text", "src", "note"]:
            if f not in h: errs.append(f"{r['file']} hn: missing {f}")
        if h["family"] not in FAM: errs.append(f"{r['file']} hn: bad family")
        check(h["text"], "hard_negative")
        if any(it["text"] == h["text"] for it in r["labels"].get(h["family"], [])):
            errs.append(f"{r['file']} hn also labelled in same family: {h['text'][:60]}")
    tot["hn"] += len(hn)
    print(f"{r['file']:45} {words:5} {cnt['termination']:5} {cnt['penalty']:4} {cnt['notice']:4} {cnt['auto_renewal']:4} {len(hn):3}")
print("TOTAL", dict(tot))
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
