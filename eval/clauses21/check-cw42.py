import json,re,sys,collections
ID="cw42"; F=f"/work/traps-new/clauses21/{ID}/clauses-{ID}.jsonl"
Q={"termination":(24,12),"penalty":(24,12),"notice":(28,12),"auto_renewal":(20,14)}
VF={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},"notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
err=[]; cnt=collections.Counter(); ids=set(); texts=set()
for n,line in enumerate(open(F,encoding="utf-8"),1):
    r=json.loads(line)
    if set(r)!={"id","lang","family","kind","style","client","text","values"}: err.append((n,"keys"))
    fam,kind=r["family"],r["kind"]
    if fam not in Q or kind not in("positive","negative") or r["lang"]!="zh": err.append((n,"enum")); continue
    if not re.fullmatch(rf"{ID}-zh-{fam}-{kind[0]}\d{{3}}",r["id"]): err.append((n,"id"))
    if r["id"] in ids: err.append((n,"dup id"))
    ids.add(r["id"])
    t=re.sub(r"\s","",r["text"])
    if t in texts: err.append((n,"dup text"))
    texts.add(t)
    if not r["text"].strip() or not isinstance(r["style"],str) or not r["style"] or not isinstance(r["client"],str): err.append((n,"empty"))
    if re.search(r"30\s*[%％]|百分之三十|5000|五千|伍仟|180\s*[天日]|一百八十", r["text"]): err.append((n,"forbidden figure"))
    v=r["values"]
    if kind=="negative":
        if v!={}: err.append((n,"neg values"))
    else:
        if not set(v)<=VF[fam]: err.append((n,"value keys"))
        if fam=="termination" and v.get("holder") not in("client","provider","either","both","none"): err.append((n,"holder"))
        if fam=="notice" and not isinstance(v.get("notice_days"),int): err.append((n,"notice_days"))
        if fam=="auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"],int): err.append((n,"rtd"))
        if fam=="penalty":
            if not any(k in v for k in("percent","amount","floor","base")): err.append((n,"penalty empty"))
            if not isinstance(v.get("per_day"),bool): err.append((n,"per_day"))
    cnt[(fam,kind)]+=1
for fam,(p,q) in Q.items():
    if cnt[(fam,"positive")]!=p or cnt[(fam,"negative")]!=q: err.append((fam,"quota",cnt[(fam,"positive")],cnt[(fam,"negative")]))
print("\n".join(map(str,err)) if err else f"OK {sum(cnt.values())} clauses", dict(cnt))
sys.exit(1 if err else 0)
