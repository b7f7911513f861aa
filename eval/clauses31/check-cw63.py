import json, re, sys, collections
ID="cw63"; LANG="en"
Q={"termination":(26,14),"penalty":(24,14),"notice":(24,12),"auto_renewal":(20,14)}
FIELDS={"id","lang","family","kind","style","client","text","values"}
errs=[]; ids=set(); texts=set(); cnt=collections.Counter()
FORBID=[r"\b30\s?%", r"thirty per ?cent", r"\b5,?000\b", r"\b180\s*days", r"one hundred and eighty", r"one hundred eighty", r"\bsix months\b", r"\b6 months\b"]
rows=[json.loads(l) for l in open(f"clauses-{ID}.jsonl",encoding="utf-8") if l.strip()]
for r in rows:
    i=r.get("id","?")
    if set(r)!=FIELDS: errs.append(f"{i}: fields {sorted(r)}")
    fam,kind=r["family"],r["kind"]
    if fam not in Q or kind not in ("positive","negative"): errs.append(f"{i}: family/kind"); continue
    if not re.fullmatch(rf"{ID}-{LANG}-{fam}-{kind[0]}\d{{3}}",i): errs.append(f"{i}: id pattern")
    if r["lang"]!=LANG: errs.append(f"{i}: lang")
    if i in ids: errs.append(f"{i}: dup id")
    ids.add(i)
    t=r["text"]
    if t in texts: errs.append(f"{i}: dup text")
    texts.add(t)
    if not (t[0].isupper() and t.endswith(".")) or "\n" in t: errs.append(f"{i}: not whole sentence")
    if r["client"] and not re.search(r"\b"+re.escape(r["client"])+r"\b",t,re.I): errs.append(f"{i}: client not in text")
    if not r["style"]: errs.append(f"{i}: style")
    for p in FORBID:
        if re.search(p,t,re.I): errs.append(f"{i}: forbidden figure {p}")
    v=r["values"]
    if kind=="negative":
        if v!={}: errs.append(f"{i}: negative values not empty")
    elif fam=="termination":
        if set(v)!={"holder"} or v["holder"] not in ("client","provider","either","both","none"): errs.append(f"{i}: values")
    elif fam=="penalty":
        if not set(v)<= {"percent","amount","floor","base","per_day"} or not ({"percent","amount"}&set(v)): errs.append(f"{i}: values")
        for k in ("percent","amount","floor"):
            if k in v and not isinstance(v[k],(int,float)): errs.append(f"{i}: {k} not number")
    elif fam=="notice":
        if set(v)!={"notice_days"} or not isinstance(v["notice_days"],int) or v["notice_days"]<=0: errs.append(f"{i}: values")
    elif fam=="auto_renewal":
        if set(v)!={"renewal_term_days"} or not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"],int)): errs.append(f"{i}: values")
    cnt[(fam,kind)]+=1
for fam,(p,n) in Q.items():
    if cnt[(fam,"positive")]!=p: errs.append(f"{fam} positives {cnt[(fam,'positive')]} != {p}")
    if cnt[(fam,"negative")]!=n: errs.append(f"{fam} negatives {cnt[(fam,'negative')]} != {n}")
# sequential numbering
for fam in Q:
    for k in "pn":
        nums=sorted(int(x[-3:]) for x in ids if f"-{fam}-{k}" in x)
        if nums!=list(range(1,len(nums)+1)): errs.append(f"{fam}-{k} numbering gap")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(rows)} clauses")
