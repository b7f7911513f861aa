# Checks clauses-cw34.jsonl: fields, id pattern, quotas, values, duplicates, forbidden figures, traditional chars.
import json, re, sys, os
ID = "cw34"
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-%s.jsonl" % ID)
QUOTA = {("termination", "positive"): 24, ("termination", "negative"): 12,
         ("penalty", "positive"): 24, ("penalty", "negative"): 12,
         ("notice", "positive"): 28, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 20, ("auto_renewal", "negative"): 14}
FIELDS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
VKEYS = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
         "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRAD = set("們約終條務費續權違與對個為於書雙應當經時後將發內關價貨運網號營裝並讓數據從還這請產擁讀線轉說認議計調資際單決撥賬戶門區櫃機構專業續規範償罰滯納謂額達過選")
# '當' '將' etc are traditional-only forms; simplified equivalents differ.
errs = []
seen_id, seen_text = set(), {}
count = {}
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            errs.append("line %d: blank" % n); continue
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append("line %d: bad json %s" % (n, e)); continue
        if list(r.keys()) != FIELDS:
            errs.append("line %d: fields %s" % (n, list(r.keys())))
        fam, kind = r.get("family"), r.get("kind")
        m = re.fullmatch(r"%s-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})" % ID, r.get("id", ""))
        if not m:
            errs.append("line %d: id %r" % (n, r.get("id")))
        else:
            if m.group(1) != fam or (m.group(2) == "p") != (kind == "positive"):
                errs.append("line %d: id/family/kind mismatch" % n)
        if r.get("lang") != "zh": errs.append("line %d: lang" % n)
        if kind not in ("positive", "negative"): errs.append("line %d: kind" % n)
        if fam not in VKEYS: errs.append("line %d: family" % n); continue
        for k in ("style", "client", "text"):
            if not isinstance(r.get(k), str): errs.append("line %d: %s not str" % (n, k))
        if not r.get("style"): errs.append("line %d: empty style" % n)
        t = r.get("text", "")
        if not t or t != t.strip(): errs.append("line %d: text empty/padded" % n)
        if r.get("client") and r["client"] not in t:
            errs.append("line %d: client %r not in text" % (n, r["client"]))
        if r["id"] in seen_id: errs.append("line %d: dup id" % n)
        seen_id.add(r["id"])
        if t in seen_text: errs.append("line %d: dup text of line %d" % (n, seen_text[t]))
        seen_text[t] = n
        bad = sorted(set(t) & TRAD)
        if bad: errs.append("line %d: traditional chars %s" % (n, bad))
        if re.search(r"(?<![\d.])30\s*[%％]|百分之三十(?!\S*[一二三四五六七八九])|5,?000(?!\d)|伍仟元|五千元|180\s*[天日]|一百八十[天日]|六个月", t):
            errs.append("line %d: forbidden figure" % n)
        if not re.search(r"[。；：;:]$", t): errs.append("line %d: text does not end as a sentence/list item" % n)
        v = r.get("values")
        if not isinstance(v, dict): errs.append("line %d: values not dict" % n); continue
        if kind == "negative":
            if v: errs.append("line %d: negative with values" % n)
        else:
            extra = set(v) - VKEYS[fam]
            if extra: errs.append("line %d: extra value keys %s" % (n, extra))
            if fam == "termination":
                if v.get("holder") not in HOLDERS: errs.append("line %d: holder" % n)
            elif fam == "notice":
                d = v.get("notice_days")
                if not (isinstance(d, int) and not isinstance(d, bool) and d > 0): errs.append("line %d: notice_days" % n)
            elif fam == "auto_renewal":
                if "renewal_term_days" not in v: errs.append("line %d: renewal_term_days missing" % n)
                d = v.get("renewal_term_days")
                if d is not None and not (isinstance(d, int) and d > 0): errs.append("line %d: renewal_term_days" % n)
            elif fam == "penalty":
                if not v: errs.append("line %d: penalty values empty" % n)
                for k in ("percent", "amount", "floor"):
                    if k in v and not (v[k] is None or (isinstance(v[k], (int, float)) and not isinstance(v[k], bool))):
                        errs.append("line %d: %s not number" % (n, k))
                if "base" in v and not (v["base"] is None or (isinstance(v["base"], str) and v["base"] in t)):
                    errs.append("line %d: base not in text" % n)
                if "per_day" in v and not isinstance(v["per_day"], bool): errs.append("line %d: per_day" % n)
                if v.get("percent") is not None and "base" not in v: errs.append("line %d: percent without base" % n)
        count[(fam, kind)] = count.get((fam, kind), 0) + 1
for k, q in QUOTA.items():
    if count.get(k, 0) != q: errs.append("quota %s: %d != %d" % (k, count.get(k, 0), q))
if errs:
    print("\n".join(errs)); print("FAIL (%d problems)" % len(errs)); sys.exit(1)
print("OK", sum(count.values()), "clauses", dict(sorted(count.items())))
