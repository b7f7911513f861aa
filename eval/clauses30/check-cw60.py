import json, re, sys
ID="cw60"
Q={"termination":(24,12),"penalty":(24,12),"notice":(28,12),"auto_renewal":(20,14)}
KEYS={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
      "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
FORBID=["30%","30 %","百分之三十","5000","5,000","五千","180日","180天","180 days","一百八十日","一百八十天"]
errs=[]; ids=set(); texts=set(); cnt={}
lines=open(f"clauses-{ID}.jsonl",encoding="utf-8").read().splitlines()
for i,l in enumerate(lines,1):
    try: o=json.loads(l)
    except Exception as e: errs.append(f"{i}: bad json {e}"); continue
    if set(o)!={"id","lang","family","kind","style","client","text","values"}: errs.append(f"{i}: fields {sorted(o)}")
    fam,kind,t,v=o.get("family"),o.get("kind"),o.get("text",""),o.get("values")
    if fam not in Q: errs.append(f"{i}: family"); continue
    if kind not in ("positive","negative"): errs.append(f"{i}: kind"); continue
    if o["lang"]!="zh": errs.append(f"{i}: lang")
    m=re.fullmatch(rf"{ID}-zh-{fam}-([pn])(\d{{3}})",o["id"])
    if not m or m.group(1)!=kind[0]: errs.append(f"{i}: id {o['id']}")
    if o["id"] in ids: errs.append(f"{i}: dup id")
    ids.add(o["id"])
    if t in texts: errs.append(f"{i}: dup text")
    texts.add(t)
    if not t or t[-1] not in "。；": errs.append(f"{i}: not whole sentence")
    if t.count("。")+t.count("；")>1 and not t.endswith("。"): errs.append(f"{i}: multiple sentences?")
    if t[:-1].count("。"): errs.append(f"{i}: more than one sentence")
    if o["client"] and o["client"] not in t: errs.append(f"{i}: client not in text")
    if not o["style"]: errs.append(f"{i}: style empty")
    for fb in FORBID:
        if fb in t: errs.append(f"{i}: forbidden {fb}")
    if not isinstance(v,dict): errs.append(f"{i}: values"); continue
    if kind=="negative":
        if v: errs.append(f"{i}: negative values not empty")
    else:
        if not set(v)<=KEYS[fam]: errs.append(f"{i}: bad keys {set(v)}")
        if fam=="termination" and v.get("holder") not in ("client","provider","either","both","none"): errs.append(f"{i}: holder")
        if fam=="penalty":
            if not ({"percent","amount"}&set(v)): errs.append(f"{i}: need percent/amount")
            for k in ("percent","amount","floor"):
                if k in v and not isinstance(v[k],(int,float)): errs.append(f"{i}: {k} type")
            if "per_day" in v and not isinstance(v["per_day"],bool): errs.append(f"{i}: per_day type")
            for k in ("amount","floor"):
                if v.get(k) in (5000,): errs.append(f"{i}: forbidden value")
            if v.get("percent")==30: errs.append(f"{i}: forbidden value")
        if fam=="notice":
            if not isinstance(v.get("notice_days"),int) or v["notice_days"]<=0: errs.append(f"{i}: notice_days")
            if v.get("notice_days")==180: errs.append(f"{i}: forbidden value")
        if fam=="auto_renewal":
            if "renewal_term_days" not in v: errs.append(f"{i}: renewal key")
            d=v.get("renewal_term_days")
            if d is not None and (not isinstance(d,int) or d<=0 or d==180): errs.append(f"{i}: renewal_term_days")
    cnt[(fam,kind)]=cnt.get((fam,kind),0)+1
for fam,(p,n) in Q.items():
    if cnt.get((fam,"positive"),0)!=p: errs.append(f"quota {fam} positive {cnt.get((fam,'positive'),0)}!={p}")
    if cnt.get((fam,"negative"),0)!=n: errs.append(f"quota {fam} negative {cnt.get((fam,'negative'),0)}!={n}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(lines)} clauses")
