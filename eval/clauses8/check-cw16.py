#!/usr/bin/env python3
"""Validate clauses-cw16.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw16.jsonl")
QUOTA = {("notice", "positive"): 34, ("notice", "negative"): 16,
         ("termination", "positive"): 28, ("termination", "negative"): 14,
         ("penalty", "positive"): 18, ("penalty", "negative"): 12,
         ("auto_renewal", "positive"): 14, ("auto_renewal", "negative"): 14}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
ALLOWED = {"notice": {"notice_days"}, "termination": {"holder"},
           "penalty": {"percent", "per_day", "amount", "floor", "base"},
           "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
errors = []

def num_or_blank(v):
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) or v == "blank"

CN = {c: i for i, c in enumerate("零一二三四五六七八九")}
CN.update({c: i for i, c in enumerate("〇壹贰叁肆伍陆柒捌玖")}); CN["两"] = 2
UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
def cn2int(s):
    total, sect, cur = 0, 0, 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch in UNIT: sect += (cur or 1) * UNIT[ch]; cur = 0
        elif ch in "万萬": total += (sect + cur) * 10000; sect = cur = 0
    return total + sect + cur

rows, ids, cnt = [], set(), collections.Counter()
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad JSON {e}"); continue
        rows.append(o)
        if set(o) != KEYS: errors.append(f"line {ln}: keys {sorted(o)}")
        if o.get("id") in ids: errors.append(f"line {ln}: duplicate id {o.get('id')}")
        ids.add(o.get("id"))
        if not str(o.get("id", "")).startswith("cw16-"): errors.append(f"line {ln}: id prefix")
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if o.get("lang") not in ("zh", "en"): errors.append(f"line {ln}: lang")
        if fam not in ALLOWED or kind not in ("positive", "negative"):
            errors.append(f"line {ln}: family/kind"); continue
        cnt[(fam, kind)] += 1
        if not isinstance(v, dict): errors.append(f"line {ln}: values not dict"); continue
        if kind == "negative" and v: errors.append(f"line {ln}: negative with values")
        if set(v) - ALLOWED[fam]: errors.append(f"line {ln}: bad value keys {set(v) - ALLOWED[fam]}")
        if "holder" in v and v["holder"] not in HOLDERS: errors.append(f"line {ln}: holder")
        for k in ("notice_days", "renewal_term_days", "percent", "amount", "floor"):
            if k in v and not num_or_blank(v[k]): errors.append(f"line {ln}: {k} type")
        if "per_day" in v and not isinstance(v["per_day"], bool): errors.append(f"line {ln}: per_day")
        if "base" in v and not isinstance(v["base"], str): errors.append(f"line {ln}: base")
        if fam == "notice" and kind == "positive" and "notice_days" not in v:
            errors.append(f"line {ln}: notice positive without notice_days")
        if not isinstance(o.get("text"), str) or len(o["text"]) < 12: errors.append(f"line {ln}: text")
        if re.match(r"^\s*(（[一二三四五六七八九十]+）|\d+[.、]|\([a-z]\))", o.get("text", "")):
            errors.append(f"line {ln}: bare list item")
        if len({r["text"] for r in rows}) != len(rows): errors.append(f"line {ln}: duplicate text")


# consistency: a notice positive's notice_days must match a period written in its text
UNITDAYS = [("个工作日", 1), ("工作日", 1), ("小时", 1/24), ("个月", 30), ("周", 7), ("日", 1), ("天", 1)]
NUM = r"(\d+|[一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]+)"
for o in rows:
    if o["family"] != "notice" or o["kind"] != "positive": continue
    nd = o["values"].get("notice_days")
    if nd == "blank":
        if "＿" not in o["text"]: errors.append(f"{o['id']}: blank but no ＿ in text")
        continue
    cands = set()
    for unit, mult in UNITDAYS:
        for m in re.finditer(NUM + unit, o["text"]):
            g = m.group(1); n = int(g) if g.isdigit() else cn2int(g)
            cands.add(round(n * mult))
    if nd not in cands: errors.append(f"{o['id']}: notice_days {nd} not in text periods {sorted(cands)}")

for k, q in QUOTA.items():
    if cnt[k] != q: errors.append(f"quota {k}: {cnt[k]} != {q}")

# figure reuse (numbers >= 3 written in Arabic or Chinese numerals, per clause)
fig = collections.Counter(); where = collections.defaultdict(list)
for o in rows:
    seen = set()
    t = re.sub(r"第[一二三四五六七八九十\d.]+[条款项章]|第三方|第三人", "", o["text"])
    t = re.sub(r"[百千万]分之", "%", t)
    for m in re.finditer(r"\d+(?:\.\d+)?", t): seen.add(float(m.group()))
    for m in re.finditer(r"[零一二两三四五六七八九十百千万〇壹贰叁肆伍陆柒捌玖拾佰仟萬]+", t):
        n = cn2int(m.group())
        if n: seen.add(float(n))
    for n in seen:
        if n >= 3: fig[n] += 1; where[n].append(o["id"])
over = {k: c for k, c in fig.items() if c > 3}
forbidden = [o["id"] for o in rows if re.search(r"百分之三十(?!\d)|30%|5000|伍仟元(?!.)|一百八十日|180日|180天", o["text"])]

print("counts:", dict(sorted(cnt.items())), "total", len(rows))
print("figures used more than three times (>=3):", over or "none")
if "-v" in sys.argv:
    for k in sorted(fig): print(f"  {k:g}: {fig[k]} {where[k]}")
if forbidden: errors.append(f"forbidden figures in {forbidden}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
