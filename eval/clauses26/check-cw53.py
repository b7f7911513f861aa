import json, re, sys
ID="cw53"
Q={"termination":(26,14),"penalty":(24,14),"notice":(24,12),"auto_renewal":(20,14)}
ALLOWED={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
         "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
HOLDERS={"client","provider","either","both","none"}
errs=[]; ids=set(); texts=set(); cnt={}
pat=re.compile(rf"^{ID}-(en|zh)-(termination|penalty|notice|auto_renewal)-(p|n)\d{{3}}$")
for i,line in enumerate(open(f"clauses-{ID}.jsonl",encoding="utf-8"),1):
    try: r=json.loads(line)
    except Exception as e: errs.append(f"line {i}: bad json {e}"); continue
    keys={"id","lang","family","kind","style","client","text","values"}
    if set(r)!=keys: errs.append(f"line {i}: keys {set(r)^keys}")
    m=pat.match(r.get("id",""))
    if not m: errs.append(f"line {i}: bad id {r.get('id')}"); continue
    lang,fam,k=m.groups()
    if lang!=r["lang"] or lang!="en": errs.append(f"{r['id']}: lang")
    if fam!=r["family"]: errs.append(f"{r['id']}: family mismatch")
    kind={"p":"positive","n":"negative"}[k]
    if kind!=r["kind"]: errs.append(f"{r['id']}: kind mismatch")
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    t=r["text"].strip()
    if not t or t!=r["text"]: errs.append(f"{r['id']}: empty/untrimmed text")
    if t.lower() in texts: errs.append(f"{r['id']}: duplicate text")
    texts.add(t.lower())
    if "\n" in t: errs.append(f"{r['id']}: newline in text")
    if not isinstance(r["style"],str) or not r["style"]: errs.append(f"{r['id']}: style")
    if not isinstance(r["client"],str): errs.append(f"{r['id']}: client")
    if re.search(r"30\s*%|30 per ?cent|(?<![\d,])5,?000\b|\b180\b|one hundred (and )?eighty", t, re.I): errs.append(f"{r['id']}: banned figure")
    v=r["values"]
    if not isinstance(v,dict): errs.append(f"{r['id']}: values not dict"); continue
    if kind=="negative":
        if v: errs.append(f"{r['id']}: negative with values")
    else:
        if set(v)-ALLOWED[fam]: errs.append(f"{r['id']}: bad value keys {set(v)-ALLOWED[fam]}")
        if fam=="termination" and v.get("holder") not in HOLDERS: errs.append(f"{r['id']}: holder")
        if fam=="notice" and not (isinstance(v.get("notice_days"),int) and v["notice_days"]>0): errs.append(f"{r['id']}: notice_days")
        if fam=="auto_renewal" and "renewal_term_days" in v and not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"],int)): errs.append(f"{r['id']}: renewal_term_days")
        if fam=="penalty":
            if not any(v.get(x) is not None for x in ("percent","amount")): errs.append(f"{r['id']}: penalty needs percent or amount")
            for x in ("percent","amount","floor"):
                if x in v and v[x] is not None and not isinstance(v[x],(int,float)): errs.append(f"{r['id']}: {x} not number")
            if "per_day" in v and not isinstance(v["per_day"],bool): errs.append(f"{r['id']}: per_day")
            if "percent" in v and v["percent"] is not None and not v.get("base"): errs.append(f"{r['id']}: percent without base")
    cnt[(fam,kind)]=cnt.get((fam,kind),0)+1
for fam,(p,n) in Q.items():
    if cnt.get((fam,"positive"),0)!=p: errs.append(f"{fam} positives {cnt.get((fam,'positive'),0)} != {p}")
    if cnt.get((fam,"negative"),0)!=n: errs.append(f"{fam} negatives {cnt.get((fam,'negative'),0)} != {n}")
print("\n".join(errs) if errs else f"OK: {sum(cnt.values())} clauses, {cnt}")
sys.exit(1 if errs else 0)
