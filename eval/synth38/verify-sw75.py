#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw75."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
errs = []
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "cancellation", "personnel_change", "other"}
BANNED = [r"30\s*%", r"30\s*％", "百分之三十", r"5,?000", "伍仟", "五千", r"180\s*(日|天|days?)", "一百八十日", "一百八十天"]
def num(x): return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool))
recs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(recs) != 7: errs.append("expected 7 records, got %d" % len(recs))
roles = []
for r in recs:
    f = r.get("file", "?")
    p = os.path.join(D, f)
    if not os.path.exists(p): errs.append(f + ": missing file"); continue
    txt = open(p, encoding="utf-8").read()
    lines = txt.split("\n")
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append(f + ": missing key " + k)
    if r.get("lang") != "zh": errs.append(f + ": lang")
    if r.get("title") != lines[0]: errs.append(f + ": title != first line")
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    if not 2500 <= han <= 6000: errs.append(f + ": Han chars %d out of range" % han)
    for b in BANNED:
        for m in re.finditer(b, txt): errs.append(f + ": banned figure %r" % m.group(0))
    for pa in r.get("parties", []):
        if pa.get("role") not in ("provider", "client") or not pa.get("label") or not pa.get("name"):
            errs.append(f + ": bad party %r" % pa)
    roles.append({pa["label"]: pa["role"] for pa in r.get("parties", [])}.get("甲方"))
    def check_text(t, what):
        if not isinstance(t, str) or not t: errs.append(f + ": %s empty text" % what); return
        n = sum(1 for l in lines if t in l)
        if n != 1: errs.append(f + ": %s text on %d lines: %s" % (what, n, t[:40]))
    labs = r.get("labels", {})
    for fam in FAMS:
        if fam not in labs or not isinstance(labs[fam], list): errs.append(f + ": family key missing " + fam); continue
        for e in labs[fam]:
            check_text(e.get("text"), fam)
            if e.get("src") != "writer": errs.append(f + ": src")
            if not isinstance(e.get("note"), str): errs.append(f + ": note missing " + fam)
            if fam == "termination":
                if e.get("holder") not in HOLDERS or e.get("trigger") not in TRIGGERS: errs.append(f + ": termination fields %r" % e)
            elif fam == "penalty":
                for k in ["percent", "amount", "floor", "base", "per_day"]:
                    if k not in e: errs.append(f + ": penalty missing " + k)
                if not (num(e.get("percent")) and num(e.get("amount")) and num(e.get("floor"))): errs.append(f + ": penalty number types %r" % e)
                if not (e.get("base") is None or isinstance(e.get("base"), str)): errs.append(f + ": base type")
                if not isinstance(e.get("per_day"), bool): errs.append(f + ": per_day type")
                if e.get("percent") is None and e.get("amount") is None: errs.append(f + ": penalty with neither percent nor amount: " + e["text"][:30])
            elif fam == "notice":
                if not isinstance(e.get("notice_days"), int) or isinstance(e.get("notice_days"), bool): errs.append(f + ": notice_days")
                if e.get("purpose") not in PURPOSES: errs.append(f + ": purpose")
            elif fam == "auto_renewal":
                d = e.get("renewal_term_days", "x")
                if not (d is None or (isinstance(d, int) and not isinstance(d, bool))): errs.append(f + ": renewal_term_days")
    hn = r.get("hard_negatives", [])
    if not 5 <= len(hn) <= 10: errs.append(f + ": %d hard negatives" % len(hn))
    for h in hn:
        check_text(h.get("text"), "hard_negative")
        if h.get("family") not in FAMS or h.get("src") != "writer" or not isinstance(h.get("note"), str): errs.append(f + ": bad hn %r" % h)
        if any(e["text"] == h.get("text") for e in labs.get(h.get("family"), [])): errs.append(f + ": hn same as label: " + h["text"][:30])
if roles.count("provider") < 3 or roles.count("client") < 3: errs.append("甲方 role mix: %r" % roles)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
