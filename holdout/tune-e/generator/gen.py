#!/usr/bin/env python3
"""Generate the tune-e corpus. Usage: python3 gen.py OUTDIR"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import FILES
import c1_json, c1_yaml, c1_toml, c2_js, c2_ts, c2_sh, c3_yaml, c3_sh, c4_yaml, c4_sh, c5_yaml, c5_toml_json, c5_code  # noqa

out = sys.argv[1]
seen = set()
rows = []
for e in FILES:
    key = (e['folder'], e['name'])
    assert key not in seen, key
    seen.add(key)
    n = len(e['text'].splitlines())
    assert 10 <= n <= 70, (key, n)
    d = os.path.join(out, e['folder'])
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, e['name']), 'w', encoding='utf-8', newline='') as fh:
        fh.write(e['text'])
    final_nl = 'final newline' if e['text'].endswith('\n') else 'no final newline'
    rows.append((e['folder'], e['name'], e['lang'], f"{e['note']} [{n} lines, {final_nl}]"))

with open(os.path.join(out, 'manifest.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('folder\tfile\tlanguage\tnote\n')
    for r in sorted(rows):
        fh.write('\t'.join(x.replace('\t', ' ') for x in r) + '\n')
print(f'wrote {len(rows)} files')
