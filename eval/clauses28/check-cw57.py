import json, re, sys
ID="cw57"; LANG="en"
Q={"termination":(26,14),"penalty":(24,14),"notice":(24,12),"auto_renewal":(20,14)}
ALLOWED={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
         "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
HOLDERS={"client","provider","either","both","none"}
errs=[]; ids=set(); texts=set(); cnt={}
pat=re.compile(rf"^{ID}-(zh|en)-(termination|penalty|notice|auto_renewal)-([pn])\d{{3}}$")
for n,line in enumerate(open(f"clauses-{ID}.jsonl",encoding="utf-8"),1):
    try: r=json.loads(line)
    except Exception as e: errs.append(f"{n}: bad json {e}"); continue
    need={"id","lang","family","kind","style","client","text","values"}
    if set(r)!=need: errs.append(f"{n}: fields {sorted(set(r)^need)}")
    m=pat.match(r.get("id",""))
    if not m: errs.append(f"{n}: bad id {r.get('id')}"); continue
    if m.group(1)!=r["lang"] or r["lang"]!=LANG: errs.append(f"{n}: lang mismatch")
    if m.group(2)!=r["family"]: errs.append(f"{n}: family mismatch")
    if (m.group(3)=="p")!=(r["kind"]=="positive") or r["kind"] not in ("positive","negative"): errs.append(f"{n}: kind mismatch")
    if r["id"] in ids: errs.append(f"{n}: dup id")
    ids.add(r["id"])
    t=r["text"].strip()
    if not t or t in texts: errs.append(f"{n}: empty/dup text")
    texts.add(t)
    if not isinstance(r["style"],str) or not r["style"]: errs.append(f"{n}: style")
    if not isinstance(r["client"],str): errs.append(f"{n}: client")
    v=r["values"]
    if not isinstance(v,dict): errs.append(f"{n}: values not dict"); continue
    if r["kind"]=="negative" and v: errs.append(f"{n}: negative with values")
    if r["kind"]=="positive":
        extra=set(v)-ALLOWED[r["family"]]
        if extra: errs.append(f"{n}: bad value keys {extra}")
        if r["family"]=="termination" and v.get("holder") not in HOLDERS: errs.append(f"{n}: holder")
        if r["family"]=="notice" and not isinstance(v.get("notice_days"),int): errs.append(f"{n}: notice_days")
        if "per_day" in v and not isinstance(v["per_day"],bool): errs.append(f"{n}: per_day")
        for k in ("percent","amount","floor"):
            if k in v and v[k] is not None and not isinstance(v[k],(int,float)): errs.append(f"{n}: {k}")
    if re.search(r"30\s*%|30 per ?cent|thirty per ?cent|\b5,?000\b|\b180\b|one hundred and eighty",t,re.I): errs.append(f"{n}: forbidden figure")
    k=(r["family"],r["kind"]); cnt[k]=cnt.get(k,0)+1
for f,(p,q) in Q.items():
    if cnt.get((f,"positive"),0)!=p: errs.append(f"quota {f} positive {cnt.get((f,'positive'),0)}!={p}")
    if cnt.get((f,"negative"),0)!=q: errs.append(f"quota {f} negative {cnt.get((f,'negative'),0)}!={q}")
print("\n".join(errs) if errs else f"OK {len(ids)} clauses {cnt}")
sys.exit(1 if errs else 0)
