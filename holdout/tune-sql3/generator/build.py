"""Write the tune-sql3 corpus and manifest.tsv from the d_*.py modules."""
import os, sys, shutil, importlib
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus

OUT = '/work/main/holdout/tune-sql3'
DIALECTS = ['mysql', 'mssql', 'snowflake', 'bigquery', 'redshift', 'clickhouse',
            'databricks', 'duckdb', 'oracle', 'postgres', 'sqlite']
RULES = ['syntax-error', 'placeholder', 'truncated', 'language-mismatch', 'clean']
MODULES = ['d_' + d for d in DIALECTS] + ['d_other']
TRUNC_KIND = {'a': 'cut mid-token, no final newline',
              'b': 'stops at a line end inside an open construct',
              'c': 'last statement visibly incomplete, no terminating ;'}


def nlines(t):
    return t.count('\n') + (0 if t.endswith('\n') else 1)


def line_of(text, idx):
    return text.count('\n', 0, idx) + 1


def load():
    for m in MODULES:
        importlib.import_module(m)
    return corpus.ENTRIES


def relpath(e):
    folder = 'other' if e['dialect'] == 'other' else e['dialect']
    return f"{e['rule']}/{folder}/{e['name']}.{e['ext']}"


def check(e):
    t = e['text']
    errs = []
    assert '\r' not in t, relpath(e)
    n = nlines(t)
    if not (10 <= n <= 60):
        errs.append(f'{n} lines')
    e['nlines'] = n
    e['final_nl'] = t.endswith('\n')
    if e['rule'] in ('syntax-error', 'placeholder'):
        c = t.count(e['mark'])
        if c != 1:
            errs.append(f'mark occurs {c} times')
        else:
            e['line'] = line_of(t, t.index(e['mark']) + (len(e['mark']) - len(e['mark'].lstrip('\n'))))
    if e['rule'] == 'syntax-error':
        # defect line: first line where the marked text differs from the fix
        i = t.index(e['mark'])
        k = 0
        while k < min(len(e['mark']), len(e['fix'])) and e['mark'][k] == e['fix'][k]:
            k += 1
        e['line'] = line_of(t, i + k)
        if not (1 < e['line'] <= n - 3):
            errs.append(f"defect on line {e['line']} of {n}")
    if e['rule'] == 'truncated':
        e['line'] = n
        k = e['kind']
        if k == 'a' and e['final_nl']:
            errs.append('kind a must not end with newline')
        if k == 'b' and not e['final_nl']:
            errs.append('kind b must end with newline')
        if k == 'c' and t.rstrip().endswith(';'):
            errs.append('kind c ends with ;')
    if errs:
        raise SystemExit(f'{relpath(e)}: ' + '; '.join(errs))


def describe(e):
    d = e['desc']
    if '{line}' in d:
        d = d.replace('{line}', str(e['line']))
    if e['rule'] == 'truncated':
        d = f"({e['kind']}) {TRUNC_KIND[e['kind']]}: {d}"
    return d


def main():
    entries = load()
    paths = Counter(relpath(e) for e in entries)
    dup = [p for p, c in paths.items() if c > 1]
    assert not dup, dup
    for e in entries:
        check(e)
    # placeholder phrases must be unique
    marks = Counter(e['mark'].strip() for e in entries if e['rule'] == 'placeholder')
    assert all(c == 1 for m, c in marks.items() if any(ch.isalpha() for ch in m)), [m for m, c in marks.items() if c > 1]
    # clean: per dialect one file without final newline, another whose last stmt lacks ';'
    for d in DIALECTS:
        cs = [e for e in entries if e['rule'] == 'clean' and e['dialect'] == d]
        if not cs:
            continue
        nonl = [e for e in cs if not e['final_nl']]
        nosemi = [e for e in cs if e['final_nl'] and not e['text'].rstrip().endswith(';')]
        assert nonl and nosemi, f'clean/{d}: nonl={len(nonl)} nosemi={len(nosemi)}'
    if os.path.isdir(OUT):
        for r in RULES:
            shutil.rmtree(os.path.join(OUT, r), ignore_errors=True)
    rows = []
    for e in entries:
        p = os.path.join(OUT, relpath(e))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w', encoding='utf-8', newline='') as f:
            f.write(e['text'])
        rows.append((relpath(e), e['rule'], e['dialect'], describe(e),
                     'yes' if e['final_nl'] else 'no'))
    rows.sort()
    with open(os.path.join(OUT, 'manifest.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('path\trule\tdialect\tdescription\tfinal_newline\n')
        for r in rows:
            f.write('\t'.join(x.replace('\t', ' ') for x in r) + '\n')
    print(f'wrote {len(entries)} files')
    c = Counter((e['rule'], e['dialect']) for e in entries)
    for r in RULES:
        print(r, {d: c[(r, d)] for d in DIALECTS + ['other'] if c[(r, d)]})


if __name__ == '__main__':
    main()
