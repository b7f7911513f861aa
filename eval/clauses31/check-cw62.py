import json, re, sys, os
ID="cw62"
Q={"termination":(24,12),"penalty":(24,12),"notice":(28,12),"auto_renewal":(20,14)}
VK={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
    "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
HOLD={"client","provider","either","both","none"}
FORBID=["30%","30 %","百分之三十","5000","5,000","五千","180日","180天","180 days","一百八十"]
path=os.path.join(os.path.dirname(os.path.abspath(__file__)),f"clauses-{ID}.jsonl")
err=[]; ids=set(); texts=set(); cnt={}
pat=re.compile(rf"^{ID}-(zh|en)-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
rows=[json.loads(l) for l in open(path,encoding="utf-8") if l.strip()]
for r in rows:
    i=r.get("id","?")
    if set(r)!={"id","lang","family","kind","style","client","text","values"}: err.append(f"{i}: fields {sorted(r)}")
    m=pat.match(i)
    if not m: err.append(f"{i}: bad id"); continue
    if m.group(1)!=r["lang"] or m.group(2)!=r["family"] or m.group(3)!=r["kind"][0]: err.append(f"{i}: id mismatch")
    if r["lang"]!="zh": err.append(f"{i}: lang")
    if r["kind"] not in ("positive","negative"): err.append(f"{i}: kind")
    if i in ids: err.append(f"{i}: dup id")
    ids.add(i)
    t=r["text"]
    if t in texts: err.append(f"{i}: dup text")
    texts.add(t)
    if not t.endswith(("。","；")): err.append(f"{i}: not whole sentence")
    if r["client"] and r["client"] not in t: err.append(f"{i}: client word missing")
    if not r["style"]: err.append(f"{i}: style empty")
    for f in FORBID:
        if f in t: err.append(f"{i}: forbidden figure {f}")
    k=(r["family"],r["kind"]); cnt[k]=cnt.get(k,0)+1
    v=r["values"]; fam=r["family"]
    if r["kind"]=="negative":
        if v!={}: err.append(f"{i}: negative values not empty")
        continue
    if not set(v)<=VK[fam]: err.append(f"{i}: bad value keys {sorted(v)}")
    if fam=="termination" and v.get("holder") not in HOLD: err.append(f"{i}: holder")
    if fam=="penalty":
        if not ({"percent","amount"}&set(v)): err.append(f"{i}: penalty needs percent/amount")
        for k2 in ("percent","amount","floor"):
            if k2 in v and not isinstance(v[k2],(int,float)): err.append(f"{i}: {k2} not number")
    if fam=="notice" and not (isinstance(v.get("notice_days"),int) and v["notice_days"]>0): err.append(f"{i}: notice_days")
    if fam=="auto_renewal" and ("renewal_term_days" not in v or not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"],int))): err.append(f"{i}: renewal_term_days")
for fam,(p,n) in Q.items():
    if cnt.get((fam,"positive"),0)!=p or cnt.get((fam,"negative"),0)!=n:
        err.append(f"quota {fam}: {cnt.get((fam,'positive'),0)}/{cnt.get((fam,'negative'),0)} want {p}/{n}")
# numbering contiguous
for fam in Q:
    for kd in "pn":
        nums=sorted(int(pat.match(i).group(4)) for i in ids if pat.match(i) and pat.match(i).group(2)==fam and pat.match(i).group(3)==kd)
        if nums!=list(range(1,len(nums)+1)): err.append(f"numbering gap {fam} {kd}")
if err:
    print("\n".join(err)); sys.exit(1)
print(f"OK {len(rows)} clauses")
