#!/usr/bin/env python3
"""Checker for clauses-cw28.jsonl: fields, id pattern, quotas, duplicates, values."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw28.jsonl")
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
KEYS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
ALLOWED_VALUES = {
    "termination": {"holder"},
    "penalty": {"percent", "amount", "floor", "base", "per_day"},
    "notice": {"notice_days"},
    "auto_renewal": {"renewal_term_days"},
}
HOLDERS = {"client", "provider", "either", "both", "none"}
ID_RE = re.compile(r"^cw28-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
errs = []
counts = {}
ids, texts = set(), {}
num = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            errs.append(f"line {ln}: blank line"); continue
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}"); continue
        if list(o.keys()) != KEYS:
            errs.append(f"line {ln}: keys {list(o.keys())}")
            continue
        m = ID_RE.match(o["id"])
        if not m:
            errs.append(f"line {ln}: bad id {o['id']}"); continue
        fam, pn = m.group(1), m.group(2)
        if o["lang"] != "zh": errs.append(f"{o['id']}: lang")
        if o["family"] != fam: errs.append(f"{o['id']}: family/id mismatch")
        if o["kind"] != {"p": "positive", "n": "negative"}[pn]: errs.append(f"{o['id']}: kind/id mismatch")
        for k in ("style", "client", "text"):
            if not isinstance(o[k], str): errs.append(f"{o['id']}: {k} not str")
        if not o["style"].strip(): errs.append(f"{o['id']}: empty style")
        t = o["text"]
        if not t.strip() or t != t.strip() or "\n" in t: errs.append(f"{o['id']}: text whitespace/empty")
        if not re.search(r"[\u4e00-\u9fff]", t): errs.append(f"{o['id']}: text not Chinese")
        if o["client"] and o["client"] not in t: errs.append(f"{o['id']}: client word '{o['client']}' not in text")
        if re.search(r"30\s*[%％]|百分之三十(?![一二三四五六七八九])|5000|5,000|伍仟元(?!.)|一百八十日|一百八十天|180\s*[日天]|六个月|半年", t):
            errs.append(f"{o['id']}: forbidden figure (30%/5000/180 days)")
        if o["id"] in ids: errs.append(f"duplicate id {o['id']}")
        ids.add(o["id"])
        norm = re.sub(r"[\s，,。.；;：:]", "", t)
        if norm in texts: errs.append(f"{o['id']}: duplicate text of {texts[norm]}")
        texts[norm] = o["id"]
        v = o["values"]
        if not isinstance(v, dict): errs.append(f"{o['id']}: values not dict"); continue
        if pn == "n":
            if v: errs.append(f"{o['id']}: negative with values")
        else:
            extra = set(v) - ALLOWED_VALUES[fam]
            if extra: errs.append(f"{o['id']}: unexpected values {extra}")
            if fam == "termination":
                if v.get("holder") not in HOLDERS: errs.append(f"{o['id']}: holder")
            elif fam == "penalty":
                if not v: errs.append(f"{o['id']}: penalty values empty")
                for k in ("percent", "amount", "floor"):
                    if k in v and v[k] is not None and not num(v[k]): errs.append(f"{o['id']}: {k} not number")
                if "base" in v and v["base"] is not None and not isinstance(v["base"], str): errs.append(f"{o['id']}: base")
                if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{o['id']}: per_day")
                if v.get("percent") == 30 or v.get("amount") == 5000 or v.get("floor") == 5000: errs.append(f"{o['id']}: forbidden figure")
            elif fam == "notice":
                nd = v.get("notice_days")
                if not (isinstance(nd, int) and not isinstance(nd, bool) and nd > 0): errs.append(f"{o['id']}: notice_days")
                if nd == 180: errs.append(f"{o['id']}: 180 days")
            elif fam == "auto_renewal":
                if "renewal_term_days" in v:
                    r = v["renewal_term_days"]
                    if r is not None and not (isinstance(r, int) and not isinstance(r, bool) and r > 0): errs.append(f"{o['id']}: renewal_term_days")
                    if r == 180: errs.append(f"{o['id']}: 180 days")
        counts[(fam, pn)] = counts.get((fam, pn), 0) + 1
        if int(m.group(3)) < 1: errs.append(f"{o['id']}: number 000")
# sequential numbering
for fam in QUOTA:
    for pn in "pn":
        got = sorted(int(i[-3:]) for i in ids if ID_RE.match(i).group(1) == fam and ID_RE.match(i).group(2) == pn)
        if got != list(range(1, len(got) + 1)): errs.append(f"{fam}-{pn}: numbering not 1..N")
for fam, (p, n) in QUOTA.items():
    if counts.get((fam, "p"), 0) != p: errs.append(f"{fam}: positives {counts.get((fam,'p'),0)} != {p}")
    if counts.get((fam, "n"), 0) != n: errs.append(f"{fam}: negatives {counts.get((fam,'n'),0)} != {n}")
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("OK", sum(counts.values()), "clauses;", {f"{k[0]}-{k[1]}": c for k, c in sorted(counts.items())})
