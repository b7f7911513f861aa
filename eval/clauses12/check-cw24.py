#!/usr/bin/env python3
"""Validate clauses-cw24.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw24.jsonl")
ID = "cw24"
QUOTA = {("termination", "positive"): 24, ("termination", "negative"): 12,
         ("penalty", "positive"): 24, ("penalty", "negative"): 12,
         ("notice", "positive"): 28, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 20, ("auto_renewal", "negative"): 14}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
HOLDERS = {"client", "provider", "either", "both", "none"}
PEN_KEYS = {"percent", "per_day", "amount", "floor", "base"}
errors, warnings = [], []

def num_or_blank(v):
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) or v == "blank"

CN = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
      "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
def cn2int(s):
    total, sec, cur = 0, 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in UNIT:
            sec += (cur or 1) * UNIT[ch]; cur = 0
        elif ch in "万萬":
            total += (sec + cur) * 10000; sec = cur = 0
    return total + sec + cur

def figures(text):
    """Numbers with their unit, e.g. '30日', '8000元', '20%'."""
    out = []
    t = re.sub(r"第[一二三四五六七八九十百零\d\.]+条", "", text)  # article numbers are not figures
    t = re.sub(r"[（(][一二三四五六七八九十]+[）)]", "", t)        # list markers
    t = re.sub(r"每月[一二三四五六七八九十\d]+日", "", t)          # calendar dates, not periods
    t = re.sub(r"(一年期|下一年度)", "", t)                        # LPR tenor / next year
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(个?工作日|个?自然日|日|天|小时|分钟|周|个月|月|年|元|%|倍|次|个季度)", t):
        out.append(m.group(1) + m.group(2))
    cnre = "[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万]+"
    for m in re.finditer("(百分之|千分之|万分之)(" + cnre + ")", t):
        out.append(m.group(1) + str(cn2int(m.group(2))))
    t2 = re.sub("(百分之|千分之|万分之)" + cnre, "", t)
    for m in re.finditer("(" + cnre + ")(个工作日|个自然日|工作日|日|天|小时|分钟|周|个月|年|元|倍|次|个季度)", t2):
        out.append(str(cn2int(m.group(1))) + m.group(2))
    return out

rows, ids = [], set()
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: empty line"); continue
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad JSON {e}"); continue
        rows.append(o)
        if set(o) != KEYS:
            errors.append(f"line {n}: keys {sorted(set(o) ^ KEYS)}")
        i = o.get("id", "")
        if not i.startswith(ID + "-") or i in ids:
            errors.append(f"line {n}: bad or duplicate id {i}")
        ids.add(i)
        if o.get("lang") != "zh": errors.append(f"{i}: lang must be zh")
        if (o.get("family"), o.get("kind")) not in QUOTA: errors.append(f"{i}: bad family/kind")
        for k in ("style", "client", "text"):
            if not isinstance(o.get(k), str): errors.append(f"{i}: {k} not str")
        if not o.get("text") or not o.get("style"): errors.append(f"{i}: empty text/style")
        v = o.get("values")
        if not isinstance(v, dict): errors.append(f"{i}: values not dict"); continue
        fam, kind, text = o.get("family"), o.get("kind"), o.get("text", "")
        if kind == "negative":
            if v: errors.append(f"{i}: negative with values")
            continue
        if fam == "termination":
            if v and (set(v) != {"holder"} or v["holder"] not in HOLDERS):
                errors.append(f"{i}: bad termination values {v}")
        elif fam == "penalty":
            if set(v) - PEN_KEYS: errors.append(f"{i}: unknown penalty keys {set(v) - PEN_KEYS}")
            for k in ("percent", "amount", "floor"):
                if k in v and not num_or_blank(v[k]): errors.append(f"{i}: {k} not number/blank")
            if "per_day" in v and not isinstance(v["per_day"], bool): errors.append(f"{i}: per_day not bool")
            if "base" in v and not isinstance(v["base"], str): errors.append(f"{i}: base not str")
            if "per_day" in v and "percent" not in v: warnings.append(f"{i}: per_day without percent")
        elif fam == "notice":
            if set(v) != {"notice_days"} or not num_or_blank(v["notice_days"]):
                errors.append(f"{i}: bad notice values {v}")
        elif fam == "auto_renewal":
            if v and (set(v) != {"renewal_term_days"} or not isinstance(v["renewal_term_days"], int)):
                errors.append(f"{i}: bad auto_renewal values {v}")
        # banned figures
    for o in rows:
        t = o["text"]
        for bad in (r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?<!\d)5000(?!\d)", r"(?<![万萬拾十])[五伍][千仟]元",
                    r"(?<!\d)180\s*(日|天|days)", r"一百八十[日天]", r"百八十日"):
            if re.search(bad, t): errors.append(f"{o['id']}: banned figure {bad}")

cnt = collections.Counter((o["family"], o["kind"]) for o in rows)
for k, q in QUOTA.items():
    if cnt[k] != q: errors.append(f"quota {k}: {cnt[k]} != {q}")
texts = [o["text"] for o in rows]
if len(set(texts)) != len(texts): errors.append("duplicate texts")

figc = collections.Counter(fg for o in rows for fg in figures(o["text"]))
for fg, c in sorted(figc.items(), key=lambda x: -x[1]):
    if c > 3: errors.append(f"figure '{fg}' used {c} times (>3)")

# near-duplicates: texts differing by a single character span
import difflib
for a in range(len(rows)):
    for b in range(a + 1, len(rows)):
        r = difflib.SequenceMatcher(None, rows[a]["text"], rows[b]["text"]).ratio()
        if r > 0.85: warnings.append(f"near-duplicate {rows[a]['id']} / {rows[b]['id']} ({r:.2f})")

dy = sum(1 for o in rows if "代运营" in o["style"] or "托管" in o["style"])
print(f"{len(rows)} clauses; 代运营/托管 share {dy}/{len(rows)} = {dy/len(rows):.0%}")
for k in QUOTA: print(f"  {k[0]:13s} {k[1]:8s} {cnt[k]}")
print("most used figures:", figc.most_common(8))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
