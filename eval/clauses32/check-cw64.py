import json, re, sys, collections
ID="cw64"
Q={"termination":(24,12),"penalty":(24,12),"notice":(28,12),"auto_renewal":(20,14)}
KEYS={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},"notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
FORBID=["30%","30 %","百分之三十","5000","5,000","五千","180日","180天","180 days","一百八十"]
err=[]; ids=set(); texts=set(); cnt=collections.Counter(); n=0
for ln,line in enumerate(open(f"clauses-{ID}.jsonl",encoding="utf-8"),1):
    o=json.loads(line); n+=1
    if set(o)!={"id","lang","family","kind","style","client","text","values"}: err.append((ln,"fields"))
    fam,kind,t,v=o["family"],o["kind"],o["text"],o["values"]
    if fam not in Q or kind not in ("positive","negative") or o["lang"]!="zh": err.append((ln,"enum")); continue
    if not re.fullmatch(rf"{ID}-zh-{fam}-{kind[0]}\d{{3}}",o["id"]): err.append((ln,"id"))
    if o["id"] in ids: err.append((ln,"dup id"))
    if t in texts: err.append((ln,"dup text"))
    ids.add(o["id"]); texts.add(t); cnt[fam,kind]+=1
    if not t.endswith(("。","；")): err.append((ln,"not whole sentence"))
    if o["client"] and o["client"] not in t: err.append((ln,"client not in text"))
    if not o["style"]: err.append((ln,"style"))
    for fb in FORBID:
        if fb in t: err.append((ln,"forbidden "+fb))
    if kind=="negative":
        if v!={}: err.append((ln,"neg values"))
    else:
        if not set(v)<=KEYS[fam]: err.append((ln,"value keys"))
        if fam=="termination" and v.get("holder") not in ("client","provider","either","both","none"): err.append((ln,"holder"))
        if fam=="penalty" and not ({"percent","amount"}&set(v)): err.append((ln,"penalty needs percent/amount"))
        if fam=="notice" and not (isinstance(v.get("notice_days"),int) and v["notice_days"]>0): err.append((ln,"notice_days"))
        if fam=="auto_renewal" and ("renewal_term_days" not in v or not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"],int))): err.append((ln,"renewal"))
for fam,(p,q) in Q.items():
    if cnt[fam,"positive"]!=p or cnt[fam,"negative"]!=q: err.append((0,f"quota {fam} {cnt[fam,'positive']}/{cnt[fam,'negative']}"))
# sequential numbering
for fam in Q:
    for k in ("p","n"):
        nums=sorted(int(i[-3:]) for i in ids if f"-{fam}-{k}" in i)
        if nums!=list(range(1,len(nums)+1)): err.append((0,f"numbering {fam} {k}"))
if err:
    for e in err: print("ERR",*e)
    sys.exit(1)
print(f"OK {n} clauses")
