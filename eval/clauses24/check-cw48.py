import json,re,sys
Q={'termination':(24,12),'penalty':(24,12),'notice':(28,12),'auto_renewal':(20,14)}
VK={'termination':{'holder'},'penalty':{'percent','amount','floor','base','per_day'},'notice':{'notice_days'},'auto_renewal':{'renewal_term_days'}}
err=[];ids=set();texts=set();cnt={}
for i,l in enumerate(open('clauses-cw48.jsonl',encoding='utf-8'),1):
    r=json.loads(l)
    if set(r)!={'id','lang','family','kind','style','client','text','values'}: err.append((i,'fields'))
    if not re.fullmatch(r'cw48-zh-(termination|penalty|notice|auto_renewal)-[pn]\d{3}',r['id']): err.append((i,'id'))
    if r['lang']!='zh' or r['family'] not in Q or r['kind'] not in ('positive','negative'): err.append((i,'enum'))
    if r['id'].split('-')[2]!=r['family'] or r['id'].split('-')[3][0]!=r['kind'][0]: err.append((i,'id/family mismatch'))
    if r['id'] in ids: err.append((i,'dup id'))
    if r['text'] in texts: err.append((i,'dup text'))
    ids.add(r['id']);texts.add(r['text'])
    v=r['values']
    if r['kind']=='negative' and v: err.append((i,'neg values'))
    if r['kind']=='positive':
        if not set(v)<=VK[r['family']]: err.append((i,'value keys'))
        if r['family']=='termination' and v.get('holder') not in ('client','provider','either','both','none'): err.append((i,'holder'))
        if r['family']=='notice' and not isinstance(v.get('notice_days'),int): err.append((i,'notice_days'))
        if r['family']=='auto_renewal' and 'renewal_term_days' not in v: err.append((i,'rtd'))
        if r['family']=='penalty' and not ({'percent','amount'}&set(v)): err.append((i,'penalty figure'))
    if re.search(r'30\s*[%％]|百分之三十|5000|5,000|五千|伍仟|180\s*[日天]|一百八十',r['text']): err.append((i,'banned figure'))
    if not r['text'] or not isinstance(r['client'],str) or not r['style']: err.append((i,'empty'))
    k=(r['family'],r['kind']);cnt[k]=cnt.get(k,0)+1
for f,(p,n) in Q.items():
    if cnt.get((f,'positive'))!=p or cnt.get((f,'negative'))!=n: err.append((f,'quota',cnt.get((f,'positive')),cnt.get((f,'negative'))))
print('\n'.join(map(str,err)) or 'OK', cnt)
sys.exit(1 if err else 0)
