#!/usr/bin/env python3
"""Validate clauses-cw18.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw18.jsonl")
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
FAMS = {"termination", "penalty", "notice", "auto_renewal"}
QUOTA = {("termination", "positive"): 34, ("termination", "negative"): 16,
         ("penalty", "positive"): 28, ("penalty", "negative"): 16,
         ("notice", "positive"): 22, ("notice", "negative"): 10,
         ("auto_renewal", "positive"): 14, ("auto_renewal", "negative"): 10}
ALLOWED = {"termination": {"holder"}, "penalty": {"percent", "per_day", "amount", "floor", "base"},
           "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
errs = []
def err(i, m): errs.append(f"line {i}: {m}")
def num_or_blank(v): return (isinstance(v, (int, float)) and not isinstance(v, bool)) or v == "blank"

ids, texts = set(), set()
cnt = collections.Counter()
rows = []
with open(PATH, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            err(i, "empty line"); continue
        try:
            o = json.loads(line)
        except Exception as e:
            err(i, f"bad JSON: {e}"); continue
        rows.append(o)
        if set(o) != KEYS: err(i, f"keys {sorted(o)}")
        if not str(o.get("id", "")).startswith("cw18-"): err(i, "id prefix")
        if o.get("id") in ids: err(i, f"duplicate id {o.get('id')}")
        ids.add(o.get("id"))
        if o.get("lang") != "zh": err(i, "lang must be zh in this set")
        fam, kind = o.get("family"), o.get("kind")
        if fam not in FAMS: err(i, f"family {fam}")
        if kind not in ("positive", "negative"): err(i, f"kind {kind}")
        for k in ("style", "client", "text"):
            if not isinstance(o.get(k), str): err(i, f"{k} not str")
        t = o.get("text", "")
        if not t.strip() or t in texts: err(i, "empty or duplicate text")
        texts.add(t)
        # one sentence: no internal full stop
        if t.rstrip("。；：").count("。") > 0: err(i, "more than one sentence")
        if not re.search(r"[。；：]$", t): err(i, "clause should end with 。/；/：")
        v = o.get("values")
        if not isinstance(v, dict): err(i, "values not dict"); continue
        cnt[(fam, kind)] += 1
        if kind == "negative":
            if v: err(i, "negative must have empty values")
            continue
        if fam in ALLOWED and set(v) - ALLOWED[fam]: err(i, f"bad value keys {set(v) - ALLOWED[fam]}")
        if "holder" in v and v["holder"] not in HOLDERS: err(i, f"holder {v['holder']}")
        for k in ("percent", "amount", "notice_days", "renewal_term_days"):
            if k in v and not num_or_blank(v[k]): err(i, f"{k} type")
        if "floor" in v and not (num_or_blank(v["floor"]) or isinstance(v["floor"], str)): err(i, "floor type")
        if "per_day" in v and not isinstance(v["per_day"], bool): err(i, "per_day not bool")
        if "base" in v and not isinstance(v["base"], str): err(i, "base not str")
        if fam == "notice" and "notice_days" not in v: err(i, "notice positive without notice_days")
        if "blank" in json.dumps(v) and "＿" not in t and "__" not in t: err(i, "blank value but no blank in text")
        # forbidden figures
        if re.search(r"30\s*%|百分之三十(?!五)|5000|伍仟元|(?<![万萬])五千元|180|一百八十", t): err(i, "forbidden figure")

for k, q in QUOTA.items():
    if cnt[k] != q: errs.append(f"quota {k}: {cnt[k]} != {q}")

# figure reuse (values >= 4; Chinese and Arabic numerals; ignores 百分之/千分之 markers)
D = dict(zip("零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖", [0,0,1,1,2,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9]))
U = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000}
def cn(s):
    tot = sec = n = 0
    for ch in s:
        if ch in D: n = D[ch]
        elif ch in U:
            if U[ch] == 10000: tot += (sec + n) * 10000; sec = 0
            else: sec += (n or 1) * U[ch]
            n = 0
    return tot + sec + n
fig = collections.Counter()
for o in rows:
    t = re.sub(r"百分之|千分之|万分之|千川|一点五", "|", o["text"])
    for m in re.findall(r"[零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万]+", t):
        if cn(m) >= 4: fig[cn(m)] += 1
    for m in re.findall(r"\d+(?:\.\d+)?", t):
        if float(m) >= 4: fig[float(m) if "." in m else int(m)] += 1
over = {k: n for k, n in fig.items() if n > 3}
if over: errs.append(f"figures used more than three times: {over}")

print("counts per family x kind:")
for k in QUOTA: print(f"  {k[0]:13s} {k[1]:9s} {cnt[k]}")
print("total", sum(cnt.values()))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
