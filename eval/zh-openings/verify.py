import json, os, sys, collections
D=os.path.dirname(os.path.abspath(__file__))
recs=[json.loads(l) for l in open(os.path.join(D,"labels.jsonl"),encoding="utf-8") if l.strip()]
files=sorted("texts/"+f for f in os.listdir(os.path.join(D,"texts")))
errs=[]
cnt=collections.Counter(r["file"] for r in recs)
for f in files:
    if cnt[f]!=1: errs.append(f"{f}: listed {cnt[f]} times")
for f in cnt:
    if f not in files: errs.append(f"{f}: no such file")
tot=collections.Counter()
for r in recs:
    lines=open(os.path.join(D,r["file"]),encoding="utf-8").read().split("\n")
    def inline(t): return any(t in l for l in lines)
    for fam,items in r["labels"].items():
        for it in items:
            tot[fam]+=1
            if not inline(it["text"]): errs.append(f"{r['file']} {fam}: not found: {it['text'][:40]}")
    for h in r["hard_negatives"]:
        tot["hard_negative"]+=1
        if not inline(h["text"]): errs.append(f"{r['file']} HN {h['family']}: not found: {h['text'][:40]}")
    for p in r["parties"]:
        if p["evidence"] and not inline(p["evidence"]): errs.append(f"{r['file']} party {p['label']}: evidence not found")
    if lines[0].strip()=="" : errs.append(f"{r['file']}: empty title line")
print("records",len(recs),"files",len(files),dict(tot))
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
