#!/usr/bin/env python3
"""Run the real parsers over the corpus and write verification.tsv.
Usage: VENV python verify.py CORPUS_DIR TS_NODE_MODULES_DIR"""
import io, json, os, re, shutil, subprocess, sys, tempfile, tomllib
import yaml as pyyaml
from ruamel.yaml import YAML

root, tsdir = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
rows = []

def one_line(s, n=220):
    s = ' '.join(str(s).split())
    return s[:n]

def add(rel, checker, ok, detail=''):
    rows.append((rel, checker, 'accepted' if ok else 'rejected', one_line(detail)))

files = []
for folder in sorted(os.listdir(root)):
    p = os.path.join(root, folder)
    if not os.path.isdir(p) or folder == 'generator':
        continue
    for name in sorted(os.listdir(p)):
        files.append((f'{folder}/{name}', os.path.join(p, name)))

ts_files = []
for rel, path in files:
    ext = os.path.splitext(path)[1]
    text = open(path, encoding='utf-8').read()
    if ext == '.json':
        try:
            json.loads(text); add(rel, 'json.loads', True)
        except Exception as e:
            add(rel, 'json.loads', False, e)
    elif ext in ('.yml', '.yaml'):
        try:
            docs = list(YAML(typ='safe', pure=True).load_all(io.StringIO(text)))
            add(rel, 'ruamel.yaml safe load_all', True, f'{len(docs)} document(s); top type(s): ' + ','.join(type(d).__name__ for d in docs))
        except Exception as e:
            add(rel, 'ruamel.yaml safe load_all', False, e)
        try:
            docs = list(pyyaml.safe_load_all(text))
            add(rel, 'PyYAML safe_load_all', True, f'{len(docs)} document(s); top type(s): ' + ','.join(type(d).__name__ for d in docs))
        except Exception as e:
            add(rel, 'PyYAML safe_load_all', False, e)
    elif ext == '.toml':
        try:
            tomllib.loads(text); add(rel, 'tomllib', True)
        except Exception as e:
            add(rel, 'tomllib', False, e)
    elif ext in ('.sh', '.bash'):
        r = subprocess.run(['bash', '-n', path], capture_output=True, text=True)
        add(rel, 'bash -n', r.returncode == 0, (r.stderr.replace(path, rel) or ''))
        first = text.splitlines()[0] if text else ''
        if re.match(r'#!\s*/bin/sh\b', first) and shutil.which('dash'):
            r = subprocess.run(['dash', '-n', path], capture_output=True, text=True)
            add(rel, 'dash -n', r.returncode == 0, r.stderr.replace(path, rel))
    elif ext in ('.js', '.mjs', '.cjs'):
        r = subprocess.run(['node', '--check', path], capture_output=True, text=True)
        detail = r.stderr.replace(path, rel)
        esm_hint = re.search(r"Cannot use import statement|Unexpected token 'export'|await is only valid", detail)
        if r.returncode != 0 and ext == '.js' and esm_hint:
            with tempfile.TemporaryDirectory() as td:
                tmp = os.path.join(td, os.path.basename(path)[:-3] + '.mjs')
                shutil.copy(path, tmp)
                r = subprocess.run(['node', '--check', tmp], capture_output=True, text=True)
                add(rel, 'node --check (as ESM .mjs; file uses import/export)', r.returncode == 0, r.stderr.replace(tmp, rel))
        else:
            add(rel, 'node --check', r.returncode == 0, detail)
        ts_files.append((rel, path))
    elif ext in ('.jsx', '.ts', '.tsx'):
        ts_files.append((rel, path))
    else:
        add(rel, 'none', False, 'no checker for extension')

if ts_files:
    r = subprocess.run(['node', os.path.join(here, 'ts_check.js'), tsdir] + [p for _, p in ts_files], capture_output=True, text=True, check=True)
    by_path = {json.loads(l)['file']: json.loads(l) for l in r.stdout.splitlines()}
    for rel, path in ts_files:
        d = by_path[path]
        add(rel, 'typescript transpileModule (syntactic diagnostics)', d['ok'], d['detail'])

with open(os.path.join(root, 'verification.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('path\tchecker\tresult\tdetail\n')
    for r in sorted(rows):
        fh.write('\t'.join(r) + '\n')
print(f'{len(rows)} checks over {len(files)} files')
