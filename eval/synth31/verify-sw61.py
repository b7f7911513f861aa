import json, re, os, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FAM = ["termination", "penalty", "notice", "auto_renewal"]
HOLD = {"client", "provider", "either", "both", "none"}
TRIG = {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}
PURP = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}
BANNED = [r"30\s*[%％]", "百分之三十", r"5,?000", "五千", "180", "一百八十"]
err = []
def num_or_null(v): return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
def on_line(text, lines):
    for l in lines:
        if text == l.strip(): return True
        if text in l and (text.endswith("。") or text.endswith("；")) and re.search(re.escape(text), l):
            i = l.index(text)
            if i == 0 or l[i-1] in "。；：" or re.match(r"^[\d\.（）()一二三四五六七八九十第条、\s]+$", l[:i]): return True
    return False
recs = [json.loads(x) for x in open("labels.jsonl", encoding="utf-8") if x.strip()]
tot = {f: 0 for f in FAM}; tot["hard_negatives"] = 0
files = sorted(os.listdir("texts"))
if len(recs) != 7 or len(files) != 7: err.append("need 7 records and 7 files")
for r in recs:
    f = r["file"]; t = open(f, encoding="utf-8").read(); lines = t.split("\n")
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err.append(f"{f}: missing {k}")
    if r["lang"] != "zh" or r["labels_by"] != "sw61": err.append(f"{f}: lang/labels_by")
    if r["title"] != lines[0]: err.append(f"{f}: title mismatch")
    han = len(re.findall(r"[\u4e00-\u9fff]", t))
    if not 2500 <= han <= 6000: err.append(f"{f}: size {han}")
    for b in BANNED:
        if re.search(b, t): err.append(f"{f}: banned figure {b}")
    roles = {p["role"] for p in r["parties"]}
    if roles != {"client", "provider"}: err.append(f"{f}: roles")
    for p in r["parties"]:
        if p["name"] not in t: err.append(f"{f}: party name {p['name']}")
    seen = {fam: set() for fam in FAM}
    for fam in FAM:
        for it in r["labels"][fam]:
            tot[fam] += 1
            if it.get("src") != "writer" or not it.get("note"): err.append(f"{f}: src/note")
            if not on_line(it["text"], lines): err.append(f"{f}: not verbatim: {it['text'][:30]}")
            seen[fam].add(it["text"])
            if fam == "termination" and (it["holder"] not in HOLD or it["trigger"] not in TRIG): err.append(f"{f}: term fields")
            if fam == "penalty":
                if not all(num_or_null(it[k]) for k in ["percent", "amount", "floor"]) or not isinstance(it["per_day"], bool) or not (it["base"] is None or isinstance(it["base"], str)):
                    err.append(f"{f}: penalty fields")
                if isinstance(it["base"], str) and it["base"] not in t: err.append(f"{f}: base not in text")
            if fam == "notice" and (not isinstance(it["notice_days"], int) or it["purpose"] not in PURP): err.append(f"{f}: notice fields")
            if fam == "auto_renewal" and not num_or_null(it["renewal_term_days"]): err.append(f"{f}: auto fields")
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err.append(f"{f}: {len(hn)} hard negatives")
    for h in hn:
        tot["hard_negatives"] += 1
        if h["family"] not in FAM or h.get("src") != "writer" or not h.get("note"): err.append(f"{f}: hn fields")
        if not on_line(h["text"], lines): err.append(f"{f}: hn not verbatim: {h['text'][:30]}")
        if h["text"] in seen[h["family"]]: err.append(f"{f}: label and HN same family")
    print(f"{f}: han={han} " + " ".join(f"{fam}={len(r['labels'][fam])}" for fam in FAM) + f" hn={len(hn)}")
print("totals:", tot)
# provider-first check
pf = sum(1 for r in recs if r["parties"][0]["label"] == "甲方" and r["parties"][0]["role"] == "provider")
if pf < 2: err.append("甲方 provider in fewer than 2 contracts")
if err:
    print("\n".join(err)); sys.exit(1)
print("OK")
