import json, re, sys, collections
ID="cw49"
Q={"termination":(26,14),"penalty":(24,14),"notice":(24,12),"auto_renewal":(20,14)}
ALLOWED={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
         "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
errs=[]; cnt=collections.Counter(); ids=set(); texts=set()
rows=[json.loads(l) for l in open(f"clauses-{ID}.jsonl",encoding="utf-8") if l.strip()]
for o in rows:
    keys={"id","lang","family","kind","style","client","text","values"}
    if set(o)!=keys: errs.append(("keys",o.get("id")))
    fam,kind=o["family"],o["kind"]
    if fam not in Q or kind not in ("positive","negative") or o["lang"]!="en": errs.append(("field",o["id"]))
    if not re.fullmatch(rf"{ID}-en-{fam}-{kind[0]}\d{{3}}",o["id"]): errs.append(("idpat",o["id"]))
    if o["id"] in ids: errs.append(("dupid",o["id"]))
    ids.add(o["id"])
    t=re.sub(r"\s+"," ",o["text"].strip().lower())
    if t in texts: errs.append(("duptext",o["id"]))
    texts.add(t)
    if not o["text"].strip() or not isinstance(o["style"],str) or not o["style"] or not isinstance(o["client"],str): errs.append(("empty",o["id"]))
    v=o["values"]
    if kind=="negative" and v!={}: errs.append(("negvals",o["id"]))
    if kind=="positive":
        if not set(v)<=ALLOWED[fam]: errs.append(("valkeys",o["id"]))
        if fam=="termination" and v.get("holder") not in ("client","provider","either","both","none"): errs.append(("holder",o["id"]))
        if fam=="notice" and not (isinstance(v.get("notice_days"),int) and v["notice_days"]>0): errs.append(("nd",o["id"]))
        if fam=="auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"],int): errs.append(("rtd",o["id"]))
        if fam=="penalty":
            if not any(v.get(k) is not None for k in ("percent","amount","base")): errs.append(("pen",o["id"]))
            if not isinstance(v.get("per_day"),bool): errs.append(("perday",o["id"]))
    if re.search(r"30\s*%|5,?000\b|\b180\b",o["text"]) and not re.search(r"\d5,000",o["text"]): errs.append(("forbidden",o["id"]))
    if fam=="notice" and o.get("values",{}).get("notice_days")==180: errs.append(("180",o["id"]))
    cnt[(fam,kind)]+=1
for fam,(p,n) in Q.items():
    if cnt[(fam,"positive")]!=p or cnt[(fam,"negative")]!=n: errs.append(("quota",fam,cnt[(fam,"positive")],cnt[(fam,"negative")]))
print("rows",len(rows)); print(dict(cnt))
if errs:
    for e in errs: print("ERR",e)
    sys.exit(1)
print("OK")
