#!/usr/bin/env python3
"""Checks clauses-cw35.jsonl: fields, id pattern, quotas, value fields, duplicates, banned figures."""
import json, re, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw35.jsonl")
QUOTA = {("termination","positive"):26, ("termination","negative"):14,
         ("penalty","positive"):24, ("penalty","negative"):14,
         ("notice","positive"):24, ("notice","negative"):12,
         ("auto_renewal","positive"):20, ("auto_renewal","negative"):14}
FIELDS = {"id","lang","family","kind","style","client","text","values"}
VALKEYS = {"termination":{"holder"}, "penalty":{"percent","amount","floor","base","per_day"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
ID_RE = re.compile(r"^cw35-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
errs = []; cnt = Counter(); ids = set(); texts = {}
def norm(t): return re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip(): errs.append(f"line {ln}: blank"); continue
        try: r = json.loads(line)
        except Exception as e: errs.append(f"line {ln}: bad json {e}"); continue
        if set(r) != FIELDS: errs.append(f"line {ln}: fields {sorted(set(r) ^ FIELDS)}"); continue
        m = ID_RE.match(r["id"])
        if not m: errs.append(f"line {ln}: bad id {r['id']}"); continue
        fam, pk = m.group(1), m.group(2)
        if r["lang"] != "en": errs.append(f"{r['id']}: lang")
        if r["family"] != fam: errs.append(f"{r['id']}: family/id mismatch")
        if r["kind"] not in ("positive","negative") or r["kind"][0] != pk: errs.append(f"{r['id']}: kind/id mismatch")
        if r["id"] in ids: errs.append(f"{r['id']}: duplicate id")
        ids.add(r["id"])
        for k in ("style","client","text"):
            if not isinstance(r[k], str): errs.append(f"{r['id']}: {k} not str")
        t = r["text"].strip()
        if not t or t != r["text"]: errs.append(f"{r['id']}: empty/untrimmed text")
        if "\n" in t: errs.append(f"{r['id']}: newline in text")
        if not re.search(r"[.;:]$", t): errs.append(f"{r['id']}: text does not end like a sentence/list item")
        if r["client"] and r["client"].lower() not in t.lower(): errs.append(f"{r['id']}: client word not in text")
        n = norm(t)
        if n in texts: errs.append(f"{r['id']}: duplicate text of {texts[n]}")
        texts[n] = r["id"]
        # banned figures
        if re.search(r"\b30\s*(%|per\s*cent|percent)", t, re.I): errs.append(f"{r['id']}: uses 30%")
        if re.search(r"(?<![\d,])5,?000(?![\d,])", t): errs.append(f"{r['id']}: uses 5000")
        if re.search(r"\b180\s*\)?\s*days|one hundred (and )?eighty", t, re.I): errs.append(f"{r['id']}: uses 180 days")
        v = r["values"]
        if not isinstance(v, dict): errs.append(f"{r['id']}: values not dict"); continue
        if r["kind"] == "negative":
            if v: errs.append(f"{r['id']}: negative with values")
        else:
            if not set(v) <= VALKEYS[fam]: errs.append(f"{r['id']}: bad value keys {set(v)-VALKEYS[fam]}")
            if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"{r['id']}: holder")
            if fam == "notice" and not (isinstance(v.get("notice_days"), int) and v["notice_days"] > 0): errs.append(f"{r['id']}: notice_days")
            if fam == "auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"], int): errs.append(f"{r['id']}: renewal_term_days")
            if fam == "penalty":
                for k in ("percent","amount","floor"):
                    if k in v and v[k] is not None and not isinstance(v[k], (int,float)): errs.append(f"{r['id']}: {k} not number")
                if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{r['id']}: per_day")
                if "base" in v and v["base"] is not None and not isinstance(v["base"], str): errs.append(f"{r['id']}: base")
                if not any(v.get(k) is not None for k in ("percent","amount","floor")): errs.append(f"{r['id']}: no figure")
                if "base" in v and v.get("percent") is None: errs.append(f"{r['id']}: base without percent")
        cnt[(fam, r["kind"])] += 1
for k, q in QUOTA.items():
    if cnt[k] != q: errs.append(f"quota {k}: {cnt[k]} != {q}")
for k in cnt:
    if k not in QUOTA: errs.append(f"unexpected {k}")
# informational
total = sum(cnt.values())
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {total} clauses", dict(cnt))
