import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FAM={"termination":["holder","trigger"],"penalty":["percent","amount","floor","base","per_day"],
     "notice":["notice_days","purpose"],"auto_renewal":["renewal_term_days"]}
ENUM={"holder":{"client","provider","either","both","none"},
      "trigger":{"at_will","for_cause","missed_target","force_majeure","expiry","automatic"},
      "purpose":{"termination","non_renewal","price_change","terms_change","suspension","personnel_change","other"}}
err=[]
def han(s): return len(re.findall(r'[\u4e00-\u9fff]',s))
def check_text(lines,text,where):
    hits=[i for i,l in enumerate(lines) if text in l]
    if not hits: err.append(f"{where}: not found: {text[:40]}"); return
    if len(hits)>1: err.append(f"{where}: on {len(hits)} lines: {text[:40]}")
    l=lines[hits[0]].strip()
    if l!=text.strip():
        sents=[s for s in re.split(r'(?<=[。；！？])',l) if s]
        if text.strip() not in [s.strip() for s in sents]:
            err.append(f"{where}: not whole line/sentence: {text[:40]}")
tot={k:0 for k in FAM}; tot["hard_negatives"]=0
rows=[l for l in open("labels.jsonl",encoding="utf-8") if l.strip()]
for r in rows:
    o=json.loads(r)
    for k in ["file","lang","labels_by","title","parties","labels","hard_negatives"]:
        if k not in o: err.append(f"missing {k}")
    t=open(o["file"],encoding="utf-8").read(); lines=t.split("\n")
    if lines[0].strip()!=o["title"]: err.append(f"{o['file']}: title mismatch")
    n=han(t)
    if not 2500<=n<=6000: err.append(f"{o['file']}: {n} Han chars")
    for bad in ["30%","百分之三十","5000","5,000","伍仟","180日","一百八十日","180天"]:
        if bad in t: err.append(f"{o['file']}: avoided figure {bad}")
    for p in o["parties"]:
        if p.get("role") not in ("client","provider") or not p.get("name") or not p.get("label"): err.append(f"{o['file']}: bad party {p}")
    c={}
    for fam,flds in FAM.items():
        items=o["labels"].get(fam,[]); c[fam]=len(items); tot[fam]+=len(items)
        for it in items:
            for f in ["text","src","note"]+flds:
                if f not in it: err.append(f"{o['file']} {fam}: missing {f}")
            for f,vals in ENUM.items():
                if f in flds and it.get(f) not in vals: err.append(f"{o['file']} {fam}: bad {f}={it.get(f)}")
            if fam=="notice" and not isinstance(it.get("notice_days"),int): err.append(f"{o['file']}: notice_days not int")
            check_text(lines,it["text"],f"{o['file']} {fam}")
    hn=o["hard_negatives"]; tot["hard_negatives"]+=len(hn)
    if not 5<=len(hn)<=10: err.append(f"{o['file']}: {len(hn)} hard negatives")
    for h in hn:
        for f in ["family","text","src","note"]:
            if f not in h: err.append(f"{o['file']} hn missing {f}")
        if h.get("family") not in FAM: err.append(f"{o['file']} hn bad family")
        check_text(lines,h["text"],f"{o['file']} hn")
        if any(h["text"]==it["text"] for it in o["labels"].get(h["family"],[])): err.append(f"{o['file']} hn also positive in same family")
    print(f"{o['file']:28s} han={n:5d} T={c['termination']:2d} P={c['penalty']:2d} N={c['notice']:2d} A={c['auto_renewal']} HN={len(hn)}")
print("totals",tot)
if err:
    print("\n".join(err)); sys.exit(1)
print("PASS")
