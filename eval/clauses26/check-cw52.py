import json, re, sys
from collections import Counter
ID = "cw52"
QUOTA = {("termination","positive"):24,("termination","negative"):12,("penalty","positive"):24,("penalty","negative"):12,
         ("notice","positive"):28,("notice","negative"):12,("auto_renewal","positive"):20,("auto_renewal","negative"):14}
ALLOWED = {"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
           "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
FIELDS = ["id","lang","family","kind","style","client","text","values"]
errs=[]; cnt=Counter(); ids=set(); texts=set()
for n,line in enumerate(open(f"clauses-{ID}.jsonl",encoding="utf-8"),1):
    try: r=json.loads(line)
    except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
    if list(r.keys())!=FIELDS: errs.append(f"line {n}: fields {list(r.keys())}")
    fam,kind=r.get("family"),r.get("kind")
    if r.get("lang")!="zh": errs.append(f"line {n}: lang")
    m=re.fullmatch(rf"{ID}-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})",r.get("id",""))
    if not m or m.group(1)!=fam or m.group(2)!=kind[0]: errs.append(f"line {n}: id {r.get('id')}")
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    t=r.get("text","").strip()
    if not t: errs.append(f"line {n}: empty text")
    key=re.sub(r"\s","",t)
    if key in texts: errs.append(f"dup text line {n}")
    texts.add(key)
    if not t[-1] in "。；：;:.": errs.append(f"line {n}: text not sentence-final")
    if r["client"] and r["client"] not in t: errs.append(f"line {n}: client not in text")
    if not r.get("style"): errs.append(f"line {n}: style")
    v=r.get("values")
    if not isinstance(v,dict): errs.append(f"line {n}: values"); continue
    if kind=="negative":
        if v: errs.append(f"line {n}: negative with values")
    elif kind=="positive":
        if not set(v)<=ALLOWED[fam]: errs.append(f"line {n}: value keys {set(v)}")
        if fam=="termination" and v.get("holder") not in HOLDERS: errs.append(f"line {n}: holder")
        if fam=="notice" and not (isinstance(v.get("notice_days"),int) and v["notice_days"]>0): errs.append(f"line {n}: notice_days")
        if fam=="auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"],int): errs.append(f"line {n}: renewal")
        if fam=="penalty":
            if "per_day" in v and not isinstance(v["per_day"],bool): errs.append(f"line {n}: per_day")
            for k in ("percent","amount","floor"):
                if k in v and not isinstance(v[k],(int,float)): errs.append(f"line {n}: {k}")
            if "percent" in v and not v.get("base"): errs.append(f"line {n}: percent without base")
    else: errs.append(f"line {n}: kind")
    if re.search(r"30\s*[%％]|百分之三十|5000|5,000|伍仟元|180\s*[日天]|一百八十[日天]|六个月",t): errs.append(f"line {n}: forbidden figure")
    cnt[(fam,kind)]+=1
for k,q in QUOTA.items():
    if cnt[k]!=q: errs.append(f"quota {k}: {cnt[k]} != {q}")
for k in cnt:
    if k not in QUOTA: errs.append(f"unexpected {k}")
print("\n".join(errs) if errs else f"OK {sum(cnt.values())} clauses")
sys.exit(1 if errs else 0)
