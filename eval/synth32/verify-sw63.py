#!/usr/bin/env python3
import json, re, os, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}
BANNED = [r"30\s*%", r"30\s*％", "百分之三十", r"5,?000", "五千", "伍仟", r"180\s*(日|天|days?)", "一百八十", "壹佰捌拾"]
errs = []
def err(m): errs.append(m)
recs = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8") if l.strip()]
if len(recs) != 7: err("expected 7 records, got %d" % len(recs))
files = sorted(os.listdir("texts"))
if len(files) != 7: err("expected 7 texts")
seen = set()
tot = {f: 0 for f in FAMS}; tot_hn = 0
def on_line(text, lines):
    for l in lines:
        if text == l: return True
        if text in l and (text[-1] in "。；;.!?！？" or l.endswith(text)) and (l.startswith(text) or l[l.index(text)-1] in "。；;.!?！？ "):
            return True
    return False
for r in recs:
    fn = r["file"]; seen.add(fn.split("/")[-1])
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{fn}: missing {k}")
    raw = open(fn, encoding="utf-8").read()
    lines = raw.split("\n")
    if r["title"] != lines[0]: err(f"{fn}: title mismatch")
    if r["lang"] != "zh" or r["labels_by"] != "sw63": err(f"{fn}: lang/labels_by")
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    if not 2500 <= han <= 6000: err(f"{fn}: size {han}")
    for b in BANNED:
        if re.search(b, raw): err(f"{fn}: banned figure {b}")
    roles = set()
    for p in r["parties"]:
        if p.get("role") not in ("client", "provider"): err(f"{fn}: bad role")
        if p["name"] not in raw: err(f"{fn}: party name not in text {p['name']}")
        roles.add(p["role"])
    if roles != {"client", "provider"}: err(f"{fn}: need client and provider")
    lab_texts = {f: set() for f in FAMS}
    for fam in FAMS:
        for it in r["labels"].get(fam, []):
            tot[fam] += 1
            for k in ["text", "src", "note"]:
                if k not in it: err(f"{fn}: {fam} item missing {k}")
            if it.get("src") != "writer": err(f"{fn}: src")
            if not on_line(it["text"], lines): err(f"{fn}: {fam} text not on a line: {it['text'][:30]}")
            lab_texts[fam].add(it["text"])
            if fam == "termination":
                if it.get("holder") not in HOLDERS or it.get("trigger") not in TRIGGERS: err(f"{fn}: termination fields {it['text'][:20]}")
            elif fam == "penalty":
                for k in ["percent", "amount", "floor"]:
                    if k not in it or not (it[k] is None or isinstance(it[k], (int, float))): err(f"{fn}: penalty {k}")
                if "base" not in it or not (it["base"] is None or isinstance(it["base"], str)): err(f"{fn}: penalty base")
                if it.get("base") and it["base"] not in raw: err(f"{fn}: base words not in text: {it['base']}")
                if not isinstance(it.get("per_day"), bool): err(f"{fn}: per_day")
                if it.get("percent") is None and it.get("amount") is None and it.get("base") is not None: err(f"{fn}: base without percent")
            elif fam == "notice":
                if not isinstance(it.get("notice_days"), int) or it["notice_days"] <= 0: err(f"{fn}: notice_days")
                if it.get("purpose") not in PURPOSES: err(f"{fn}: purpose")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it or not (it["renewal_term_days"] is None or isinstance(it["renewal_term_days"], (int, float))): err(f"{fn}: renewal_term_days")
    hn = r["hard_negatives"]; tot_hn += len(hn)
    if not 5 <= len(hn) <= 10: err(f"{fn}: {len(hn)} hard negatives")
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: err(f"{fn}: hn missing {k}")
        if h["family"] not in FAMS: err(f"{fn}: hn family")
        if not on_line(h["text"], lines): err(f"{fn}: hn text not on a line: {h['text'][:30]}")
        if h["text"] in lab_texts[h["family"]]: err(f"{fn}: line both label and hn in {h['family']}")
    c = {f: len(r["labels"][f]) for f in FAMS}
    print(f"{fn:45s} han={han:5d} term={c['termination']:2d} pen={c['penalty']:2d} notice={c['notice']:2d} auto={c['auto_renewal']:2d} hn={len(hn):2d}")
if seen != set(files): err("texts and labels files differ")
zh_provider_first = sum(1 for r in recs if any(p["label"] == "甲方" and p["role"] == "provider" for p in r["parties"]))
if zh_provider_first < 2: err("甲方 must be provider in >=2 contracts")
print("totals:", tot, "hard_negatives:", tot_hn, "甲方=provider in", zh_provider_first)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
