import json,re,sys,collections
ID='cw46'
Q={'termination':(24,12),'penalty':(24,12),'notice':(28,12),'auto_renewal':(20,14)}
VK={'termination':{'holder'},'penalty':{'percent','amount','floor','base','per_day'},'notice':{'notice_days'},'auto_renewal':{'renewal_term_days'}}
errs=[];cnt=collections.Counter();ids=set();texts=set()
for n,line in enumerate(open(f'clauses-{ID}.jsonl',encoding='utf-8'),1):
    d=json.loads(line)
    if set(d)!={'id','lang','family','kind','style','client','text','values'}: errs.append((n,'fields',set(d)))
    m=re.fullmatch(rf'{ID}-(zh|en)-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})',d['id'])
    if not m: errs.append((n,'id',d['id']));continue
    if m.group(1)!=d['lang'] or d['lang']!='zh' or m.group(2)!=d['family'] or m.group(3)!=d['kind'][0]: errs.append((n,'id mismatch'))
    if d['kind'] not in ('positive','negative'): errs.append((n,'kind'))
    if d['id'] in ids: errs.append((n,'dup id'))
    ids.add(d['id'])
    t=d['text'].strip()
    if t in texts: errs.append((n,'dup text'))
    texts.add(t)
    if not t or not d['style']: errs.append((n,'empty'))
    v=d['values']
    if d['kind']=='negative' and v: errs.append((n,'neg values'))
    if d['kind']=='positive':
        if not set(v)<=VK[d['family']]: errs.append((n,'bad value keys',v))
        if d['family']=='termination' and v.get('holder') not in ('client','provider','either','both','none'): errs.append((n,'holder'))
        if d['family']=='notice' and not isinstance(v.get('notice_days'),int): errs.append((n,'notice_days'))
        if d['family']=='auto_renewal' and 'renewal_term_days' in v and v['renewal_term_days'] is not None and not isinstance(v['renewal_term_days'],int): errs.append((n,'rtd'))
        if d['family']=='penalty' and not isinstance(v.get('per_day',False),bool): errs.append((n,'per_day'))
    for bad in ('30%','30％','百分之三十','5000','5,000','五千','180天','180日','一百八十'):
        if bad in t: errs.append((n,'forbidden figure',bad))
    cnt[(d['family'],d['kind'])]+=1
for f,(p,q) in Q.items():
    if cnt[(f,'positive')]!=p or cnt[(f,'negative')]!=q: errs.append(('quota',f,cnt[(f,'positive')],cnt[(f,'negative')]))
print('\n'.join(map(str,errs)) if errs else 'OK',sum(cnt.values()))
sys.exit(1 if errs else 0)
