import json, re, sys
ID="cw55"; LANG="en"
Q={"termination":(26,14),"penalty":(24,14),"notice":(24,12),"auto_renewal":(20,14)}
VK={"termination":{"holder"},"penalty":{"percent","amount","floor","base","per_day"},
    "notice":{"notice_days"},"auto_renewal":{"renewal_term_days"}}
HOLD={"client","provider","either","both","none"}
err=[]; ids=set(); texts=set(); cnt={}
pat=re.compile(rf"^{ID}-{LANG}-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
for n,line in enumerate(open(f"clauses-{ID}.jsonl",encoding="utf-8"),1):
    try: r=json.loads(line)
    except Exception as e: err.append(f"{n}: bad json {e}"); continue
    if set(r)!={"id","lang","family","kind","style","client","text","values"}: err.append(f"{n}: fields {sorted(r)}")
    m=pat.match(r.get("id",""))
    if not m: err.append(f"{n}: bad id {r.get('id')}"); continue
    fam,k=m.group(1),m.group(2)
    if r["lang"]!=LANG: err.append(f"{n}: lang")
    if r["family"]!=fam: err.append(f"{n}: family/id mismatch")
    if r["kind"]!={"p":"positive","n":"negative"}[k]: err.append(f"{n}: kind/id mismatch")
    if r["id"] in ids: err.append(f"{n}: dup id")
    ids.add(r["id"])
    t=r["text"].strip()
    if not t or t!=r["text"]: err.append(f"{n}: empty/untrimmed text")
    if t.lower() in texts: err.append(f"{n}: dup text")
    texts.add(t.lower())
    if not r["style"]: err.append(f"{n}: no style")
    if r["client"] and r["client"].lower() not in t.lower(): err.append(f"{n}: client word '{r['client']}' not in text")
    if re.search(r"\b30\s?%|\b5,?000\b(?!,)|\b180\s*days", t): err.append(f"{n}: forbidden figure")
    v=r["values"]
    if k=="n":
        if v!={}: err.append(f"{n}: negative with values")
    else:
        if not set(v)<=VK[fam]: err.append(f"{n}: bad value keys {set(v)-VK[fam]}")
        if fam=="termination" and v.get("holder") not in HOLD: err.append(f"{n}: holder")
        if fam=="notice" and not isinstance(v.get("notice_days"),int): err.append(f"{n}: notice_days")
        if fam=="auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"],(int,float)): err.append(f"{n}: renewal_term_days")
        if fam=="penalty":
            for key in ("percent","amount","floor"):
                if key in v and v[key] is not None and not isinstance(v[key],(int,float)): err.append(f"{n}: {key}")
            if "per_day" in v and not isinstance(v["per_day"],bool): err.append(f"{n}: per_day")
    cnt[(fam,k)]=cnt.get((fam,k),0)+1
for fam,(p,q) in Q.items():
    if cnt.get((fam,"p"),0)!=p: err.append(f"{fam} positives {cnt.get((fam,'p'),0)} != {p}")
    if cnt.get((fam,"n"),0)!=q: err.append(f"{fam} negatives {cnt.get((fam,'n'),0)} != {q}")
print("\n".join(err) if err else f"OK: {sum(cnt.values())} clauses", cnt)
sys.exit(1 if err else 0)
