import json, re, sys, collections
Q={"termination":(24,12),"penalty":(24,12),"notice":(28,12),"auto_renewal":(20,14)}
VK={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},"notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
err=[];cnt=collections.Counter();ids=set();texts=set()
for n,l in enumerate(open("clauses-cw50.jsonl",encoding="utf-8"),1):
    r=json.loads(l)
    if set(r)!={"id","lang","family","kind","style","client","text","values"}: err.append((n,"fields"))
    if r["lang"]!="zh": err.append((n,"lang"))
    f,k=r["family"],r["kind"]
    if f not in Q or k not in("positive","negative"): err.append((n,"fam/kind")); continue
    if not re.fullmatch(r"cw50-zh-%s-%s\d{3}"%(f,k[0]),r["id"]): err.append((n,"id"))
    if r["id"] in ids: err.append((n,"dup id"))
    if r["text"] in texts: err.append((n,"dup text"))
    ids.add(r["id"]);texts.add(r["text"]);cnt[(f,k)]+=1
    v=r["values"]
    if k=="negative" and v: err.append((n,"neg values"))
    if k=="positive":
        if not set(v)<=VK[f]: err.append((n,"value keys"))
        if f=="termination" and v.get("holder") not in("client","provider","either","both","none"): err.append((n,"holder"))
        if f=="notice" and not isinstance(v.get("notice_days"),int): err.append((n,"notice_days"))
        if f=="auto_renewal" and "renewal_term_days" not in v: err.append((n,"rtd"))
    if not r["text"].strip() or not r["style"]: err.append((n,"empty"))
    if re.search(r"30\s*%|百分之三十|5000|5,000|180\s*[日天]|一百八十",r["text"]): err.append((n,"forbidden figure"))
for f,(p,q) in Q.items():
    if cnt[(f,"positive")]!=p or cnt[(f,"negative")]!=q: err.append((f,"quota",cnt[(f,"positive")],cnt[(f,"negative")]))
print("FAIL" if err else "OK", err, dict(cnt)); sys.exit(1 if err else 0)
