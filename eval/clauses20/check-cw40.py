import json,re,sys
ID="cw40"
Q={"termination":(24,12),"penalty":(24,12),"notice":(28,12),"auto_renewal":(20,14)}
VK={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
    "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
HOLD={"client","provider","either","both","none"}
err=[];seen_id=set();seen_t=set();cnt={}
pat=re.compile(rf"^{ID}-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
for i,l in enumerate(open(f"clauses-{ID}.jsonl",encoding="utf-8"),1):
    o=json.loads(l)
    if set(o)!={"id","lang","family","kind","style","client","text","values"}: err.append((i,"fields",sorted(o)))
    m=pat.match(o["id"])
    if not m: err.append((i,"id",o["id"])); continue
    if m.group(1)!=o["family"] or (m.group(2)=="p")!=(o["kind"]=="positive"): err.append((i,"id/family/kind mismatch"))
    if o["lang"]!="zh": err.append((i,"lang"))
    if o["kind"] not in("positive","negative"): err.append((i,"kind"))
    if not isinstance(o["client"],str) or not o["style"]: err.append((i,"client/style"))
    t=o["text"].strip()
    if not t or t[-1] not in "。；：！？": err.append((i,"not a whole sentence",t[-3:]))
    for bad in ["30%","百分之三十","5000","180"]:
        if bad in t: err.append((i,"banned figure",bad))
    if o["id"] in seen_id: err.append((i,"dup id"))
    if t in seen_t: err.append((i,"dup text"))
    seen_id.add(o["id"]);seen_t.add(t)
    v=o["values"]
    if o["kind"]=="negative":
        if v!={}: err.append((i,"neg values"))
    else:
        if not set(v)<=VK[o["family"]]: err.append((i,"value keys",v))
        f=o["family"]
        if f=="termination" and v.get("holder") not in HOLD: err.append((i,"holder"))
        if f=="notice" and not isinstance(v.get("notice_days"),int): err.append((i,"notice_days"))
        if f=="auto_renewal" and ("renewal_term_days" not in v or v["renewal_term_days"] not in (None,) and not isinstance(v["renewal_term_days"],int)): err.append((i,"renewal"))
        if f=="penalty":
            if "per_day" in v and not isinstance(v["per_day"],bool): err.append((i,"per_day"))
            for k in ("percent","amount","floor"):
                if k in v and not isinstance(v[k],(int,float)): err.append((i,k))
            if "percent" in v and not v.get("base"): err.append((i,"percent without base"))
    k=(o["family"],o["kind"]);cnt[k]=cnt.get(k,0)+1
for f,(p,n) in Q.items():
    if cnt.get((f,"positive"),0)!=p or cnt.get((f,"negative"),0)!=n: err.append(("quota",f,cnt.get((f,"positive")),cnt.get((f,"negative"))))
for e in err: print("ERR",e)
print("counts",cnt,"total",sum(cnt.values()))
sys.exit(1 if err else 0)
