import json, re, sys, collections
ID="cw58"; LANG="zh"
Q={"termination":(24,12),"penalty":(24,12),"notice":(28,12),"auto_renewal":(20,14)}
VK={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},"notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
FORBID=["30%","30 %","百分之三十","5000","5,000","五千","伍仟","180","一百八十"]
err=[]; ids=set(); texts=set(); cnt=collections.Counter(); jy=0; styles=collections.Counter()
rows=[json.loads(l) for l in open(f"clauses-{ID}.jsonl",encoding="utf-8") if l.strip()]
for r in rows:
    i=r.get("id","")
    if set(r)!={"id","lang","family","kind","style","client","text","values"}: err.append(f"{i}: fields {sorted(r)}")
    m=re.fullmatch(rf"{ID}-{LANG}-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})",i)
    if not m: err.append(f"{i}: bad id"); continue
    fam,k=m.group(1),m.group(2)
    if r["family"]!=fam or r["lang"]!=LANG or r["kind"]!={"p":"positive","n":"negative"}[k]: err.append(f"{i}: id/field mismatch")
    if i in ids: err.append(f"{i}: dup id")
    ids.add(i)
    t=r["text"]
    if t in texts: err.append(f"{i}: dup text")
    texts.add(t)
    if not t.endswith(("。","；")): err.append(f"{i}: not whole sentence")
    if "。" in t[:-1]: err.append(f"{i}: more than one sentence")
    if r["client"] and r["client"] not in t: err.append(f"{i}: client not in text")
    for f in FORBID:
        if f in t or f in json.dumps(r["values"]): err.append(f"{i}: forbidden {f}")
    v=r["values"]
    if r["kind"]=="negative":
        if v!={}: err.append(f"{i}: negative with values")
    else:
        if not set(v)<=VK[fam]: err.append(f"{i}: bad value keys {set(v)}")
        if fam=="termination" and v.get("holder") not in ("client","provider","either","both","none"): err.append(f"{i}: holder")
        if fam=="penalty" and not ({"percent","amount"}&set(v)): err.append(f"{i}: penalty needs percent/amount")
        if fam=="notice" and not isinstance(v.get("notice_days"),int): err.append(f"{i}: notice_days")
        if fam=="auto_renewal" and ("renewal_term_days" not in v or not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"],int))): err.append(f"{i}: renewal_term_days")
    cnt[(fam,r["kind"])]+=1; styles[r["style"]]+=1
    if "甲方" in t or "乙方" in t: jy+=1
    nums=[int(x.group(1)) for x in re.finditer(r"-[pn](\d{3})$",i)]
for fam,(p,n) in Q.items():
    if cnt[(fam,"positive")]!=p or cnt[(fam,"negative")]!=n: err.append(f"{fam}: quota {cnt[(fam,'positive')]}/{cnt[(fam,'negative')]} want {p}/{n}")
    for k,q in (("p",p),("n",n)):
        want={f"{ID}-{LANG}-{fam}-{k}{j:03d}" for j in range(1,q+1)}
        if not want<=ids: err.append(f"{fam}-{k}: numbering gap")
if err: print("\n".join(err)); sys.exit(1)
print(f"甲方/乙方 share: {jy/len(rows):.0%}; styles: {dict(styles)}")
print(f"OK {len(rows)} clauses")
