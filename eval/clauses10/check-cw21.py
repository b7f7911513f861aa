#!/usr/bin/env python3
"""Validate clauses-cw21.jsonl: JSON per line, unique ids, keys, value types, quotas, number reuse."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw21.jsonl")
REQ = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
FAMS = {"termination", "penalty", "notice", "auto_renewal"}
ALLOWED = {
    "termination": {"holder"},
    "penalty": {"percent", "per_day", "amount", "floor", "base"},
    "notice": {"notice_days"},
    "auto_renewal": {"renewal_term_days"},
}
HOLDERS = {"client", "provider", "either", "both", "none"}
QUOTA_EN = {("termination", "positive"): 18, ("termination", "negative"): 10,
            ("penalty", "positive"): 18, ("penalty", "negative"): 10,
            ("notice", "positive"): 16, ("notice", "negative"): 10,
            ("auto_renewal", "positive"): 10, ("auto_renewal", "negative"): 8}
errors = []
def err(m): errors.append(m)

def num_ok(v, allow_blank=True):
    if allow_blank and v == "blank":
        return True
    return isinstance(v, (int, float)) and not isinstance(v, bool)

rows = []
with open(PATH, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {i}: empty line"); continue
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f"line {i}: bad JSON: {e}")

ids = collections.Counter(r.get("id") for r in rows)
for k, c in ids.items():
    if c > 1: err(f"duplicate id {k}")
texts = collections.Counter(r.get("text") for r in rows)
for k, c in texts.items():
    if c > 1: err(f"duplicate text {k[:40]}")

for r in rows:
    rid = r.get("id", "?")
    for k in REQ:
        if k not in r: err(f"{rid}: missing {k}")
    if not str(rid).startswith("cw21-"): err(f"{rid}: id prefix")
    if r.get("lang") not in ("en", "zh"): err(f"{rid}: lang")
    fam = r.get("family")
    if fam not in FAMS: err(f"{rid}: family {fam}"); continue
    if r.get("kind") not in ("positive", "negative"): err(f"{rid}: kind")
    for k in ("style", "client", "text"):
        if not isinstance(r.get(k), str): err(f"{rid}: {k} not str")
    if not r.get("text", "").strip() or not r.get("style", "").strip(): err(f"{rid}: empty text/style")
    v = r.get("values")
    if not isinstance(v, dict): err(f"{rid}: values not dict"); continue
    if r["kind"] == "negative" and v: err(f"{rid}: negative with values")
    extra = set(v) - ALLOWED[fam]
    if extra: err(f"{rid}: unexpected keys {extra}")
    if "holder" in v and v["holder"] not in HOLDERS: err(f"{rid}: holder {v['holder']}")
    for k in ("percent", "amount", "floor"):
        if k in v and not num_ok(v[k]): err(f"{rid}: {k} type")
    if "per_day" in v and not isinstance(v["per_day"], bool): err(f"{rid}: per_day type")
    if "base" in v and not isinstance(v["base"], str): err(f"{rid}: base type")
    if "notice_days" in v and not num_ok(v["notice_days"]): err(f"{rid}: notice_days type")
    if "renewal_term_days" in v and not num_ok(v["renewal_term_days"], False): err(f"{rid}: renewal_term_days type")
    if fam == "notice" and r["kind"] == "positive" and "notice_days" not in v: err(f"{rid}: notice positive lacks notice_days")
    # banned figures
    t = r.get("text", "")
    for bad in (r"(?<![\d.])30\s?%", r"thirty percent", r"百分之三十(?![一二三四五六七八九])", r"(?<![\d,])5,?000(?![\d,])",
                r"伍仟(?!伍|陆|壹|贰|叁|肆|柒|捌|玖)元", r"五千元", r"\b180\b", r"一百八十", r"six \(6\) months",
                r"six months", r"六个月", r"6个月", r"半年"):
        if re.search(bad, t): err(f"{rid}: banned figure {bad!r}")

# quotas
cnt = collections.Counter((r["lang"], r["family"], r["kind"]) for r in rows if "family" in r)
for (fam, kind), n in QUOTA_EN.items():
    if cnt[("en", fam, kind)] != n: err(f"en {fam}/{kind}: {cnt[('en', fam, kind)]} != {n}")
en_total = sum(v for (l, _, _), v in cnt.items() if l == "en")
zh_total = sum(v for (l, _, _), v in cnt.items() if l == "zh")
if en_total != 100: err(f"en total {en_total}")
if zh_total != 50: err(f"zh total {zh_total}")
zh_pos = zh_neg = 0
for fam in FAMS:
    p, n = cnt[("zh", fam, "positive")], cnt[("zh", fam, "negative")]
    zh_pos += p; zh_neg += n
    if not 12 <= p + n <= 13: err(f"zh {fam}: {p+n} not in 12-13")
    if abs(p - n) > 1: err(f"zh {fam}: {p} pos vs {n} neg not balanced")

# figure reuse (rough): Arabic numbers and simple Chinese numerals, counted once per clause
CN = {"零":0,"一":1,"壹":1,"二":2,"贰":2,"两":2,"三":3,"叁":3,"四":4,"肆":4,"五":5,"伍":5,"六":6,"陆":6,
      "七":7,"柒":7,"八":8,"捌":8,"九":9,"玖":9}
UNITS = {"十":10,"拾":10,"百":100,"佰":100,"千":1000,"仟":1000,"万":10000}
def cn2int(s):
    total, sec, cur = 0, 0, 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch in UNITS:
            u = UNITS[ch]
            if u == 10000:
                sec = (sec + cur) * u; total += sec; sec = 0
            else:
                sec += (cur or 1) * u
            cur = 0
    return total + sec + cur
fig = collections.Counter(); where = {}
for r in rows:
    t = r["text"].replace(",", "")
    nums = set(re.findall(r"\d+(?:\.\d+)?", t))
    for m in re.findall(r"[零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万]+", t):
        if len(m) == 1 and m in "万千百": continue
        nums.add(str(cn2int(m)))
    for n in nums: fig[n] += 1; where.setdefault(n, []).append(r["id"])
SMALL_OK = {"1", "2", "3"}  # ordinals/one-off small counts are unavoidable in prose
for n, c in sorted(fig.items(), key=lambda x: -x[1]):
    if c > 3 and n not in SMALL_OK:
        print(f"WARNING: figure {n} appears in {c} clauses: {' '.join(where[n])}")

print("counts:")
for lang in ("en", "zh"):
    for fam in ("termination", "penalty", "notice", "auto_renewal"):
        print(f"  {lang} {fam:13s} pos={cnt[(lang, fam, 'positive')]:2d} neg={cnt[(lang, fam, 'negative')]:2d}")
print(f"total={len(rows)} en={en_total} zh={zh_total}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
