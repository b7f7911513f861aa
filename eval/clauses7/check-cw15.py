#!/usr/bin/env python3
"""Validate clauses-cw15.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw15.jsonl")
QUOTA = {("termination", "positive"): 28, ("termination", "negative"): 16,
         ("penalty", "positive"): 24, ("penalty", "negative"): 14,
         ("notice", "positive"): 28, ("notice", "negative"): 16,
         ("auto_renewal", "positive"): 10, ("auto_renewal", "negative"): 14}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
PREF = {"termination": "term", "penalty": "pen", "notice": "not", "auto_renewal": "ren"}
errs, warns = [], []
ids, texts = set(), set()
counts = collections.Counter()
figs = collections.Counter()
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
      "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}

def cn_small(s):
    """Chinese numeral below 100 -> int (十五, 二十, 四十五, 十二)."""
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s]

def num_ok(v, blank_ok=True):
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) or (blank_ok and v == "blank")

for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    if set(o) != KEYS:
        errs.append(f"line {n}: keys {sorted(set(o) ^ KEYS)}")
        continue
    i, fam, kind, v, t = o["id"], o["family"], o["kind"], o["values"], o["text"]
    if i in ids: errs.append(f"dup id {i}")
    ids.add(i)
    if fam not in PREF or kind not in ("positive", "negative"):
        errs.append(f"{i}: bad family/kind"); continue
    if not i.startswith(f"cw15-zh-{PREF[fam]}-"): errs.append(f"{i}: id prefix")
    if o["lang"] != "zh": errs.append(f"{i}: lang")
    if not isinstance(o["client"], str) or not o["style"]: errs.append(f"{i}: client/style")
    if t in texts: errs.append(f"{i}: duplicate text")
    texts.add(t)
    if not t.endswith("。"): errs.append(f"{i}: not a whole sentence ending in 。")
    if t.rstrip("。").endswith(("：", ":")): errs.append(f"{i}: bare lead-in")
    if re.search(r"[0-9]", t): warns.append(f"{i}: half-width digit (style wants full-width)")
    if not isinstance(v, dict): errs.append(f"{i}: values not dict"); continue
    counts[(fam, kind)] += 1
    if kind == "negative":
        if v: errs.append(f"{i}: negative with values")
    elif fam == "termination":
        if set(v) - {"holder"} or ("holder" in v and v["holder"] not in ("client", "provider", "either", "both", "none")):
            errs.append(f"{i}: bad termination values {v}")
    elif fam == "penalty":
        for k, x in v.items():
            if k == "per_day":
                if not isinstance(x, bool): errs.append(f"{i}: per_day")
            elif k == "base":
                if not isinstance(x, str): errs.append(f"{i}: base")
            elif k in ("percent", "amount", "floor"):
                if not num_ok(x): errs.append(f"{i}: {k}={x!r}")
            else:
                errs.append(f"{i}: unknown penalty key {k}")
        if "per_day" in v and "percent" not in v: errs.append(f"{i}: per_day without percent")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not num_ok(v["notice_days"]):
            errs.append(f"{i}: bad notice values {v}")
    elif fam == "auto_renewal":
        if set(v) - {"renewal_term_days"} or ("renewal_term_days" in v and not num_ok(v["renewal_term_days"], False)):
            errs.append(f"{i}: bad renewal values {v}")
    # forbidden figures
    tn = t.translate(FW)
    if re.search(r"(?<![\d.])30\s*%|百分之三十(?!\S?[一二三四五六七八九])", tn): errs.append(f"{i}: 30% used")
    if re.search(r"(?<![\d.])5,?000(?![\d])|伍仟元|五千元", tn): errs.append(f"{i}: 5000 used")
    if re.search(r"180|一百八十|半年|六个月", tn): errs.append(f"{i}: 180 days / half-year used")
    if fam == "notice" and v.get("notice_days") == 180: errs.append(f"{i}: 180 notice")
    # figure reuse: Arabic (full-width normalised) and small Chinese numerals before a unit
    for m in re.finditer(r"\d+(?:\.\d+)?", tn):
        figs[m.group()] += 1
    for m in re.finditer(r"(?:百分之|千分之|万分之)?([一二两三四五六七八九十]{1,3})(?=[日天周年%]|个(?:月|工作日|季度)|小时|倍|场)", t):
        s = m.group(1)
        try:
            val = cn_small(s)
        except KeyError:
            continue
        if val > 2:  # 一年/一个月/两周 are period words, not figures
            figs[str(val)] += 1

for k, q in QUOTA.items():
    if counts[k] != q: errs.append(f"quota {k}: {counts[k]} != {q}")
for f, c in figs.items():
    if c > 3: errs.append(f"figure {f} used {c} times (>3)")

print("counts per family x kind:")
for (fam, kind) in QUOTA:
    print(f"  {fam:13s} {kind:9s} {counts[(fam, kind)]}")
print("total", sum(counts.values()))
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} error(s)")
sys.exit(1 if errs else 0)
