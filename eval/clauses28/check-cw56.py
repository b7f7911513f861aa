import json, re, sys, collections
ID="cw56"; PATH=f"clauses-{ID}.jsonl"
Q={"termination":(24,12),"penalty":(24,12),"notice":(28,12),"auto_renewal":(20,14)}
VK={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
    "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
HOLD={"client","provider","either","both","none"}
idre=re.compile(rf"^{ID}-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
err=[]; cnt=collections.Counter(); ids=set(); texts=set()
for n,line in enumerate(open(PATH,encoding="utf-8"),1):
    r=json.loads(line)
    if set(r)!={"id","lang","family","kind","style","client","text","values"}: err.append(f"{n}: fields {set(r)}")
    m=idre.match(r["id"])
    if not m: err.append(f"{n}: bad id {r['id']}"); continue
    if m.group(1)!=r["family"] or {"p":"positive","n":"negative"}[m.group(2)]!=r["kind"]: err.append(f"{n}: id/family/kind mismatch")
    if r["lang"]!="zh": err.append(f"{n}: lang")
    if r["id"] in ids: err.append(f"{n}: dup id")
    ids.add(r["id"])
    t=re.sub(r"\s","",r["text"])
    if t in texts: err.append(f"{n}: dup text")
    texts.add(t)
    if not r["style"] or not isinstance(r["client"],str): err.append(f"{n}: style/client")
    if r["client"] and r["client"] not in r["text"]: err.append(f"{n}: client word not in text")
    if not r["text"].endswith(("。","：",";","；")): err.append(f"{n}: not a whole sentence")
    if re.search(r"30\s*[%％]|百分之三十(?![一二三四五六七八九点])|5000|五千元|180\s*[天日]|一百八十[天日]",r["text"]): err.append(f"{n}: forbidden figure")
    v=r["values"]
    if r["kind"]=="negative":
        if v: err.append(f"{n}: negative with values")
    else:
        if not set(v)<=VK[r["family"]]: err.append(f"{n}: bad value keys {set(v)}")
        f=r["family"]
        if f=="termination" and v.get("holder") not in HOLD: err.append(f"{n}: holder")
        if f=="notice" and not isinstance(v.get("notice_days"),int): err.append(f"{n}: notice_days")
        if f=="auto_renewal" and "renewal_term_days" not in v: err.append(f"{n}: renewal_term_days")
        if f=="penalty" and not ({"percent","amount"}&set(v)): err.append(f"{n}: penalty needs percent or amount")
    cnt[(r["family"],r["kind"])]+=1
for f,(p,q) in Q.items():
    if cnt[(f,"positive")]!=p or cnt[(f,"negative")]!=q: err.append(f"quota {f}: {cnt[(f,'positive')]}/{cnt[(f,'negative')]} want {p}/{q}")
print("\n".join(err) if err else f"OK {sum(cnt.values())} clauses")
sys.exit(1 if err else 0)
