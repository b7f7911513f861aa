import json,re,sys,collections
P="/work/traps-new/clauses21/cw43/clauses-cw43.jsonl"
Q={"termination":(26,14),"penalty":(24,14),"notice":(24,12),"auto_renewal":(20,14)}
ALLOWED={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},"notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
err=[];cnt=collections.Counter();ids=set();texts=set()
for n,l in enumerate(open(P,encoding="utf-8"),1):
    o=json.loads(l)
    if set(o)!={"id","lang","family","kind","style","client","text","values"}: err.append(f"{n}: keys {sorted(o)}")
    if o["lang"]!="en": err.append(f"{n}: lang")
    f,k=o["family"],o["kind"]
    if f not in Q or k not in ("positive","negative"): err.append(f"{n}: family/kind"); continue
    if not re.fullmatch(rf"cw43-en-{f}-{k[0]}\d{{3}}",o["id"]): err.append(f"{n}: id {o['id']}")
    if o["id"] in ids: err.append(f"{n}: dup id")
    ids.add(o["id"])
    t=re.sub(r"\s+"," ",o["text"].strip().lower())
    if t in texts: err.append(f"{n}: dup text")
    texts.add(t)
    if not o["text"].strip() or not o["style"].strip() or not isinstance(o["client"],str): err.append(f"{n}: empty field")
    v=o["values"]
    if k=="negative" and v: err.append(f"{n}: negative with values")
    if k=="positive":
        if not set(v)<=ALLOWED[f]: err.append(f"{n}: bad value keys {set(v)}")
        if f=="termination" and v.get("holder") not in ("client","provider","either","both","none"): err.append(f"{n}: holder")
        if f=="notice" and not isinstance(v.get("notice_days"),int): err.append(f"{n}: notice_days")
        if f=="auto_renewal" and "renewal_term_days" in v and not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"],int)): err.append(f"{n}: rtd")
        if f=="penalty":
            if not any(v.get(x) is not None for x in ("percent","amount")): err.append(f"{n}: penalty no figure")
            if "per_day" in v and not isinstance(v["per_day"],bool): err.append(f"{n}: per_day")
    if re.search(r"\b30\s*%|\b5,?000\b|\b180 days",o["text"]): err.append(f"{n}: forbidden figure")
    cnt[(f,k)]+=1
for f,(p,q) in Q.items():
    if cnt[(f,"positive")]!=p or cnt[(f,"negative")]!=q: err.append(f"quota {f}: {cnt[(f,'positive')]}/{cnt[(f,'negative')]} want {p}/{q}")
print("\n".join(err) or f"OK {sum(cnt.values())} clauses"); sys.exit(1 if err else 0)
