#!/usr/bin/env python3
"""Checker for clauses-cw36.jsonl: fields, id pattern, quotas, duplicates, value keys."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw36.jsonl")
ID = "cw36"
QUOTA = {("termination", "positive"): 24, ("termination", "negative"): 12,
         ("penalty", "positive"): 24, ("penalty", "negative"): 12,
         ("notice", "positive"): 28, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 20, ("auto_renewal", "negative"): 14}
KEYS = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
        "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
FIELDS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
CLIENT_WORDS = ["甲方", "乙方", "委托方", "您", "商家", "客户", "承租人", "承租方", "存货人", "加盟商",
                "广告主", "业主", "经销商", "被许可方"]
errs, warns = [], []
counts, ids, texts = {}, set(), set()
idre = re.compile(rf"^{ID}-(zh|en)-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            errs.append(f"line {ln}: empty line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}"); continue
        if list(r.keys()) != FIELDS:
            errs.append(f"line {ln}: fields {list(r.keys())}")
        m = idre.match(r.get("id", ""))
        if not m:
            errs.append(f"line {ln}: bad id {r.get('id')}"); continue
        lang, fam, pn, _ = m.groups()
        if r["lang"] != "zh" or lang != "zh": errs.append(f"{r['id']}: lang must be zh")
        if r["family"] != fam: errs.append(f"{r['id']}: family mismatch")
        kind = {"p": "positive", "n": "negative"}[pn]
        if r["kind"] != kind: errs.append(f"{r['id']}: kind mismatch")
        if r["id"] in ids: errs.append(f"{r['id']}: duplicate id")
        ids.add(r["id"])
        t = r["text"]
        if not isinstance(t, str) or len(t) < 8: errs.append(f"{r['id']}: text too short")
        norm = re.sub(r"\s", "", t)
        if norm in texts: errs.append(f"{r['id']}: duplicate text")
        texts.add(norm)
        if "\n" in t: errs.append(f"{r['id']}: newline in text")
        if not re.search(r"[。；：.;:]$", t): errs.append(f"{r['id']}: text does not end like a sentence/list item")
        if not re.search(r"[\u4e00-\u9fff]", t): errs.append(f"{r['id']}: no Chinese in text")
        if not isinstance(r["style"], str) or not r["style"]: errs.append(f"{r['id']}: empty style")
        c = r["client"]
        if not isinstance(c, str): errs.append(f"{r['id']}: client not str")
        elif c and c not in t: errs.append(f"{r['id']}: client word '{c}' not in text")
        elif not c and any(w in t for w in ["委托方", "您", "商家"]):
            warns.append(f"{r['id']}: client empty but text has a client word")
        # forbidden figures
        if re.search(r"(?<![\d.])30\s*[%％]|百分之三十(?![\d一二三四五六七八九])|(?<![\d,])5,?000(?![\d,])|(?<!\d)180\s*(天|日)|一百八十(天|日)|六个月|半年", t):
            errs.append(f"{r['id']}: forbidden figure")
        v = r["values"]
        if not isinstance(v, dict): errs.append(f"{r['id']}: values not dict"); continue
        if kind == "negative":
            if v: errs.append(f"{r['id']}: negative must have empty values")
        else:
            extra = set(v) - KEYS[fam]
            if extra: errs.append(f"{r['id']}: unexpected value keys {extra}")
            if fam == "termination":
                if v.get("holder") not in {"client", "provider", "either", "both", "none"}:
                    errs.append(f"{r['id']}: bad holder")
            elif fam == "penalty":
                if not ({"percent", "amount"} & set(v)) and "per_day" not in v:
                    errs.append(f"{r['id']}: penalty with no figures")
                for k in ("percent", "amount", "floor"):
                    if k in v and not (v[k] is None or isinstance(v[k], (int, float))):
                        errs.append(f"{r['id']}: {k} not number")
                if "base" in v and not (v["base"] is None or isinstance(v["base"], str)):
                    errs.append(f"{r['id']}: base not str")
                if "base" in v and isinstance(v["base"], str) and v["base"] not in t:
                    errs.append(f"{r['id']}: base not in text")
                if "percent" in v and v.get("percent") is not None and not v.get("base"):
                    warns.append(f"{r['id']}: percent without base")
                if "per_day" in v and not isinstance(v["per_day"], bool):
                    errs.append(f"{r['id']}: per_day not bool")
            elif fam == "notice":
                nd = v.get("notice_days")
                if not isinstance(nd, int) or isinstance(nd, bool) or nd <= 0:
                    errs.append(f"{r['id']}: notice_days must be positive int")
                if "提前" not in t and "前" not in t: warns.append(f"{r['id']}: notice without 提前/前")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in v: errs.append(f"{r['id']}: renewal_term_days missing")
                rt = v.get("renewal_term_days")
                if rt is not None and (not isinstance(rt, int) or rt <= 0):
                    errs.append(f"{r['id']}: bad renewal_term_days")
        counts[(fam, kind)] = counts.get((fam, kind), 0) + 1
        # sequence check
for k, q in QUOTA.items():
    if counts.get(k, 0) != q:
        errs.append(f"quota {k}: {counts.get(k, 0)} != {q}")
for (fam, kind), n in counts.items():
    pre = "p" if kind == "positive" else "n"
    want = {f"{ID}-zh-{fam}-{pre}{i:03d}" for i in range(1, n + 1)}
    have = {i for i in ids if re.match(rf"{ID}-zh-{fam}-{pre}\d{{3}}$", i)}
    if want != have: errs.append(f"{fam}/{kind}: ids not numbered 001..{n:03d}")
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print("counts:", {f"{a}/{b}": n for (a, b), n in sorted(counts.items())}, "total", sum(counts.values()))
print("PASS" if not errs else f"FAIL ({len(errs)} errors)")
sys.exit(1 if errs else 0)
