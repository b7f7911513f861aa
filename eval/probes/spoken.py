"""Scans spoken-Chinese trap clauses (a TSV of: the merchant's letter, a TAB, the clause) in a minimal contract whose
preamble says who is who, and prints which ones get a risk finding.

    python3 eval/probes/spoken.py .build/debug/clauseguard eval/probes/spoken-zh-1.tsv
"""
import json, subprocess, sys, os, tempfile
BIN = sys.argv[1]
PRE = {'甲方': ['代运营合作协议', '甲方（商家）：杭州某某商贸有限公司', '乙方（服务商）：广州某某网络科技有限公司', '甲方委托乙方运营其抖音小店。'],
       '乙方': ['代运营合作协议', '甲方（服务商）：广州某某网络科技有限公司', '乙方（商家）：杭州某某商贸有限公司', '乙方委托甲方运营其抖音小店。']}
cases = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8') if l.strip() and not l.startswith('#')]
d = tempfile.mkdtemp()
for i, (client, text) in enumerate(cases):
    open(os.path.join(d, f'c{i:03d}.txt'), 'w', encoding='utf-8').write('\n'.join(PRE[client] + [text]) + '\n')
rep = json.loads(subprocess.run([BIN, 'scan', d, '--format', 'json', '-q'], capture_output=True, text=True).stdout)
by = {os.path.basename(c['path']): c for c in rep['contracts']}
n = 0
for i, (client, text) in enumerate(cases):
    c = by[f'c{i:03d}.txt']
    risks = [f['ruleID'] for f in c['findings'] if f['kind'] == 'match' and f['severity'] != 'info' and (f.get('location') or {}).get('paragraph', 0) > 4]
    n += bool(risks)
    print(('ok  ' if risks else 'MISS'), client, risks[:3], text[:80])
print(n, '/', len(cases))
