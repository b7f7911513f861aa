import json, re, sys, collections
ID='cw61'; LANG='en'
Q={'termination':(26,14),'penalty':(24,14),'notice':(24,12),'auto_renewal':(20,14)}
VK={'termination':{'holder'},'penalty':{'percent','amount','floor','base','per_day'},'notice':{'notice_days'},'auto_renewal':{'renewal_term_days'}}
FORBID=[r'(?<![\d.])30\s*%',r'(?<![\d.])30\s*per\s*cent',r'thirty\s*(per\s*cent|percent)',r'百分之三十',r'(?<!\d)5,?000(?!\d)',r'五千',
        r'(?<!\d)180\s*days',r'one hundred (and )?eighty',r'一百八十日']
errs=[]; ids=set(); texts=set(); cnt=collections.Counter()
for n,line in enumerate(open(f'clauses-{ID}.jsonl',encoding='utf-8'),1):
    try: o=json.loads(line)
    except Exception as e: errs.append(f'{n}: bad json {e}'); continue
    if set(o)!={'id','lang','family','kind','style','client','text','values'}: errs.append(f'{n}: fields {sorted(o)}')
    f,k,t,v=o.get('family'),o.get('kind'),o.get('text',''),o.get('values')
    if f not in Q or k not in ('positive','negative'): errs.append(f'{n}: family/kind'); continue
    if o['lang']!=LANG: errs.append(f'{n}: lang')
    if not re.fullmatch(rf'{ID}-{LANG}-{f}-{k[0]}\d{{3}}',o['id']): errs.append(f'{n}: id {o["id"]}')
    if o['id'] in ids: errs.append(f'{n}: dup id')
    if t in texts: errs.append(f'{n}: dup text')
    ids.add(o['id']); texts.add(t); cnt[(f,k)]+=1
    if not o['style']: errs.append(f'{n}: style empty')
    if not t.endswith('.') or not t[0].isupper(): errs.append(f'{n}: not whole sentence')
    if t.count('. ')>0 and re.search(r'\.\s+[A-Z]',t) and not re.search(r'(p\.m|a\.m|No|Ltd|Co|U\.S)\.\s',t): errs.append(f'{n}: maybe multiple sentences')
    if o['client'] and o['client'] not in t: errs.append(f'{n}: client word missing')
    for p in FORBID:
        if re.search(p,t,re.I) or re.search(p,json.dumps(v)): errs.append(f'{n}: forbidden {p}')
    if re.search(r'5000',re.sub(r'[,\s]','',t)): errs.append(f'{n}: 5000 digits')
    if not isinstance(v,dict): errs.append(f'{n}: values'); continue
    if k=='negative':
        if v: errs.append(f'{n}: negative has values')
        continue
    if not set(v)<=VK[f]: errs.append(f'{n}: bad keys {set(v)-VK[f]}')
    if f=='termination' and v.get('holder') not in ('client','provider','either','both','none'): errs.append(f'{n}: holder')
    if f=='penalty':
        if not ({'percent','amount'}&set(v)): errs.append(f'{n}: need percent/amount')
        if v.get('percent')==30 or v.get('amount')==5000: errs.append(f'{n}: forbidden value')
    if f=='notice' and not (isinstance(v.get('notice_days'),int) and v['notice_days']>0): errs.append(f'{n}: notice_days')
    if f=='notice' and v.get('notice_days')==180: errs.append(f'{n}: 180')
    if f=='auto_renewal' and ('renewal_term_days' not in v or not (v['renewal_term_days'] is None or isinstance(v['renewal_term_days'],int))): errs.append(f'{n}: renewal_term_days')
    if f=='auto_renewal' and 'option' in t.lower() and 'option' not in o['style']: errs.append(f'{n}: option not in style')
for f,(p,q) in Q.items():
    if cnt[(f,'positive')]!=p or cnt[(f,'negative')]!=q: errs.append(f'quota {f}: {cnt[(f,"positive")]}/{cnt[(f,"negative")]} want {p}/{q}')
if errs: print('\n'.join(errs)); sys.exit(1)
print(f'OK {len(ids)} clauses')
