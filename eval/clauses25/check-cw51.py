import json, re, sys
ID="cw51"
Q={"termination":(26,14),"penalty":(24,14),"notice":(24,12),"auto_renewal":(20,14)}
ALLOWED={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
         "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
HOLDERS={"client","provider","either","both","none"}
pat=re.compile(rf"^{ID}-(en|zh)-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
errs=[]; ids=set(); texts=set(); cnt={}
rows=[json.loads(l) for l in open(f"clauses-{ID}.jsonl",encoding="utf-8") if l.strip()]
for r in rows:
    need={"id","lang","family","kind","style","client","text","values"}
    if set(r)!=need: errs.append(f"{r.get('id')}: keys {set(r)^need}"); continue
    m=pat.match(r["id"])
    if not m: errs.append(f"bad id {r['id']}"); continue
    lang,fam,pn,_=m.groups()
    if lang!=r["lang"] or r["lang"]!="en": errs.append(f"{r['id']}: lang")
    if fam!=r["family"]: errs.append(f"{r['id']}: family mismatch")
    if r["kind"] not in ("positive","negative") or r["kind"][0]!=pn: errs.append(f"{r['id']}: kind")
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    norm=re.sub(r"\s+"," ",r["text"].strip().lower())
    if norm in texts: errs.append(f"dup text {r['id']}")
    texts.add(norm)
    if not r["text"].strip() or not r["style"].strip() or not isinstance(r["client"],str): errs.append(f"{r['id']}: empty field")
    v=r["values"]
    if r["kind"]=="negative":
        if v!={}: errs.append(f"{r['id']}: negative with values")
    else:
        if not set(v)<=ALLOWED[fam]: errs.append(f"{r['id']}: bad value keys {set(v)-ALLOWED[fam]}")
        if fam=="termination" and v.get("holder") not in HOLDERS: errs.append(f"{r['id']}: holder")
        if fam=="notice" and not (isinstance(v.get("notice_days"),int) and v["notice_days"]>0): errs.append(f"{r['id']}: notice_days")
        if fam=="auto_renewal" and ("renewal_term_days" not in v or not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"],int))): errs.append(f"{r['id']}: renewal_term_days")
        if fam=="penalty":
            if not any(k in v for k in ("percent","amount","base")): errs.append(f"{r['id']}: penalty has no figure/base")
            for k in ("percent","amount","floor"):
                if k in v and not (v[k] is None or isinstance(v[k],(int,float))): errs.append(f"{r['id']}: {k}")
            if "per_day" in v and not isinstance(v["per_day"],bool): errs.append(f"{r['id']}: per_day")
    # forbidden figures
    t=r["text"]
    if re.search(r"\b30\s*%|thirty per ?cent|\b5,?000\b|\b180\b|one hundred and eighty",t,re.I): errs.append(f"{r['id']}: forbidden figure")
    cnt[(fam,r["kind"])]=cnt.get((fam,r["kind"]),0)+1
for fam,(p,n) in Q.items():
    if cnt.get((fam,"positive"),0)!=p: errs.append(f"{fam} positives {cnt.get((fam,'positive'),0)}!={p}")
    if cnt.get((fam,"negative"),0)!=n: errs.append(f"{fam} negatives {cnt.get((fam,'negative'),0)}!={n}")
mk=sum(1 for r in rows if r["style"].startswith("marketplace"))
print("rows",len(rows),"marketplace",mk, f"({mk/len(rows):.0%})")
if errs: print("\n".join(errs)); sys.exit(1)
print("OK")
