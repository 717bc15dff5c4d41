"""Run the reference parsers over the corpus and write verification.tsv."""
import os, re, sys, sqlite3
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
import logging
import sqlglot
from sqlglot import exp
logging.getLogger('sqlglot').setLevel(logging.CRITICAL)
import pglast
import duckdb

OUT = build.OUT
SQLGLOT_READ = {'mysql': 'mysql', 'mssql': 'tsql', 'snowflake': 'snowflake', 'bigquery': 'bigquery',
                'redshift': 'redshift', 'clickhouse': 'clickhouse', 'databricks': 'databricks',
                'oracle': 'oracle'}


def short(msg, n=160):
    msg = ' '.join(re.sub(r'\x1b\[[0-9;]*m', '', str(msg)).split())
    return msg[:n]


# ----------------------------------------------------------------- splitters
def split_mysql(text):
    """Split on the current DELIMITER (default ';'); returns statement texts."""
    stmts, cur, delim = [], [], ';'
    for line in text.split('\n'):
        m = re.match(r'^\s*DELIMITER\s+(\S+)\s*$', line, re.I)
        if m:
            if ''.join(cur).strip():
                stmts.append('\n'.join(cur))
            cur, delim = [], m.group(1)
            continue
        if delim == ';':
            cur.append(line)
            continue
        s = line.rstrip()
        if s.endswith(delim):
            cur.append(s[:-len(delim)])
            stmts.append('\n'.join(cur))
            cur = []
        else:
            cur.append(line)
    if '\n'.join(cur).strip():
        stmts.append('\n'.join(cur))
    return stmts


def split_lines(text, pattern):
    chunks, cur = [], []
    for line in text.split('\n'):
        if re.match(pattern, line, re.I):
            chunks.append('\n'.join(cur))
            cur = []
        else:
            cur.append(line)
    chunks.append('\n'.join(cur))
    return [c for c in chunks if strip_comments(c).strip()]


def strip_comments(s):
    s = re.sub(r'/\*.*?\*/', ' ', s, flags=re.S)
    return re.sub(r'--[^\n]*', ' ', s)


def blank_comments(s):
    """Replace comments by spaces, keeping offsets and newlines."""
    f = lambda m: re.sub(r'[^\n]', ' ', m.group(0))
    s = re.sub(r'/\*.*?\*/', f, s, flags=re.S)
    return re.sub(r'--[^\n]*', f, s)


PLSQL_START = re.compile(r'^[ \t]*(CREATE\s+(OR\s+REPLACE\s+)?(EDITIONABLE\s+|NONEDITIONABLE\s+)?'
                         r'(PACKAGE|PROCEDURE|FUNCTION|TRIGGER|TYPE\s+BODY)\b|BEGIN\b|DECLARE\b)', re.I | re.M)

PLSQL_UNIT = re.compile(r'^\s*(CREATE\s+(OR\s+REPLACE\s+)?(EDITIONABLE\s+|NONEDITIONABLE\s+)?'
                        r'(PACKAGE|PROCEDURE|FUNCTION|TRIGGER|TYPE\s+BODY)\b|BEGIN\b|DECLARE\b)', re.I)


MYSQL_STORED = re.compile(r'^\s*CREATE\s+(DEFINER\s*=\s*\S+\s+)?(PROCEDURE|FUNCTION|TRIGGER|EVENT)\b', re.I)


# ----------------------------------------------------------------- sqlglot
def sqlglot_units(text, dialect):
    """Yield (label, text, kind) units; kind 'sql' or 'plsql'."""
    if dialect == 'mysql':
        return [('stmt', s, 'stored' if MYSQL_STORED.match(strip_comments(s)) else 'sql')
                for s in split_mysql(text)]
    if dialect == 'mssql':
        return [('batch', b, 'sql') for b in split_lines(text, r'^\s*GO\s*$')]
    if dialect == 'oracle':
        # '/' lines end PL/SQL units; inside a chunk, plain ';' SQL may precede the unit header
        out = []
        for c in split_lines(text, r'^\s*/\s*$'):
            blank = blank_comments(c)
            m = PLSQL_START.search(blank)
            if m:
                if strip_comments(c[:m.start()]).strip():
                    out.append(('chunk', c[:m.start()], 'sql'))
                out.append(('chunk', c[m.start():], 'plsql'))
            else:
                out.append(('chunk', c, 'sql'))
        return out
    return [('file', text, 'sql')]


def check_sqlglot(text, dialect):
    read = SQLGLOT_READ[dialect]
    n, commands, plsql, stored = 0, [], 0, []
    for label, unit, kind in sqlglot_units(text, dialect):
        if kind == 'plsql':
            plsql += 1
            continue
        try:
            trees = sqlglot.parse(unit, read=read)
        except Exception as e:  # ParseError / TokenError
            if kind == 'stored':
                stored.append(f'{short(strip_comments(unit), 40)!r} ({type(e).__name__}: {short(e, 60)})')
                continue
            return 'rejected', f'{type(e).__name__}: {short(e)}'
        for t in trees:
            if t is None:
                continue
            n += 1
            for node in t.walk():
                if isinstance(node, exp.Command):
                    commands.append(short(str(node.this) + ' ' + str(node.expression or ''), 40))
                    break
    detail = f'{n} statements parsed'
    ndollar = text.count('$$') // 2 if dialect in ('snowflake', 'redshift') else 0
    if ndollar:
        detail += f'; {ndollar} $$-quoted body(ies) seen by sqlglot only as opaque strings'
    if plsql:
        detail += f'; {plsql} PL/SQL unit(s) not parseable by sqlglot, skipped'
    if stored:
        detail += '; MySQL stored-program unit(s) sqlglot cannot parse, not checked: ' + ' | '.join(stored[:3])
    if commands:
        return 'note', detail + '; opaque Command fallback for: ' + ' | '.join(commands[:4])
    if stored:
        return 'note', detail
    if plsql or ndollar:
        return 'note', detail
    return 'ok', detail


# ----------------------------------------------------------------- postgres
def pg_preprocess(text):
    out, in_copy, meta, data = [], False, 0, 0
    for line in text.split('\n'):
        if in_copy:
            data += 1
            if line.strip() == '\\.':
                in_copy = False
            out.append('')
            continue
        if line.lstrip().startswith('\\'):
            meta += 1
            out.append('')
            continue
        if re.search(r'\bCOPY\b.*\bFROM\s+stdin\b', line, re.I):
            in_copy = True
        out.append(line)
    s = '\n'.join(out)
    # psql variable interpolation (not inside ::casts)
    s2 = re.sub(r"(?<!:):'([A-Za-z_]\w*)'", r"'psql_var'", s)
    s2 = re.sub(r'(?<!:):"([A-Za-z_]\w*)"', r'"psql_var"', s2)
    s2 = re.sub(r'(?<![:\w]):([A-Za-z_]\w*)', r'0', s2)
    notes = []
    if meta:
        notes.append(f'{meta} psql meta-command line(s) stripped')
    if data:
        notes.append(f'{data} COPY stdin data line(s) stripped')
    if s2 != s:
        notes.append('psql :variables substituted')
    return s2, notes


def check_pg(text):
    s, notes = pg_preprocess(text)
    try:
        stmts = pglast.parse_sql(s)
    except Exception as e:
        return 'rejected', f'pglast: {short(e)}'
    b = s.encode('utf-8')
    nplp = 0
    for rs in stmts:
        node = rs.stmt
        name = type(node).__name__
        if name not in ('CreateFunctionStmt', 'DoStmt'):
            continue
        opts = getattr(node, 'options', None) or getattr(node, 'args', None) or ()
        lang = None
        for o in opts:
            if getattr(o, 'defname', None) == 'language':
                lang = getattr(o.arg, 'sval', None)
        if name == 'DoStmt' and lang is None:
            lang = 'plpgsql'
        if (lang or '').lower() != 'plpgsql':
            continue
        loc = rs.stmt_location or 0
        ln = rs.stmt_len or (len(b) - loc)
        src = b[loc:loc + ln].decode('utf-8')
        try:
            pglast.parse_plpgsql(src)
            nplp += 1
        except Exception as e:
            return 'rejected', f'parse_plpgsql: {short(e)}'
    d = f'{len(stmts)} statements parsed'
    if nplp:
        d += f'; {nplp} plpgsql bodies parsed'
    if notes:
        d += '; ' + '; '.join(notes)
    return 'ok', d


# ----------------------------------------------------------------- sqlite / duckdb
def check_sqlite(text):
    con = sqlite3.connect(':memory:')
    try:
        con.executescript(text)
    except sqlite3.Error as e:
        return 'rejected', f'sqlite {sqlite3.sqlite_version}: {short(e)}'
    finally:
        con.close()
    return 'ok', f'executescript on :memory: succeeded (sqlite {sqlite3.sqlite_version})'


def check_duckdb(text, execute=False):
    con = duckdb.connect()
    try:
        stmts = con.extract_statements(text)
    except Exception as e:
        return 'rejected', f'extract_statements: {short(e)}'
    d = f'{len(stmts)} statements parsed'
    if execute:
        try:
            for st in stmts:
                con.execute(st)
            d += '; all executed on in-memory db'
        except Exception as e:
            return 'note', d + f'; execution failed: {short(e)}'
    return 'ok', d


def proxy_check(e):
    """For a syntax-error file that sqlglot accepted: isolate the defective statement and
    run it (and its repaired form) through two real grammars, DuckDB's and PostgreSQL's."""
    t = e['text']
    i = t.index(e['mark'])
    start = t.rfind(';', 0, i) + 1
    end = t.find(';', i + len(e['mark']) - 1)
    end = len(t) if end < 0 else end + 1
    bad = t[start:end]
    good = bad.replace(e['mark'], e['fix'], 1)
    parts, confirmed = [], False
    for name, fn in (('duckdb', lambda s: duckdb.connect().extract_statements(s)),
                     ('pglast', pglast.parse_sql)):
        res = []
        for s in (bad, good):
            try:
                fn(s)
                res.append('accepted')
            except Exception as ex:
                res.append('rejected')
        parts.append(f'{name}: defective statement {res[0]}, repaired statement {res[1]}')
        if res == ['rejected', 'accepted']:
            confirmed = True
    return ('rejected' if confirmed else 'note'), '; '.join(parts)


def checker_for(dialect):
    if dialect in ('postgres', 'other'):
        return 'pglast ' + pglast.__version__, check_pg
    if dialect == 'sqlite':
        return 'sqlite3 ' + sqlite3.sqlite_version, check_sqlite
    if dialect == 'duckdb':
        return 'duckdb ' + duckdb.__version__, check_duckdb
    return f'sqlglot {sqlglot.__version__} read={SQLGLOT_READ[dialect]}', lambda t: check_sqlglot(t, dialect)


def main():
    entries = build.load()
    for e in entries:
        build.check(e)
    rows = []
    for e in entries:
        path = build.relpath(e)
        name, fn = checker_for(e['dialect'])
        if e['dialect'] == 'duckdb' and e['rule'] == 'clean':
            res, det = check_duckdb(e['text'], execute=True)
        else:
            res, det = fn(e['text'])
        rows.append((path, name, res, det))
        e['result'] = res
        if e['rule'] == 'syntax-error':
            fixed = e['text'].replace(e['mark'], e['fix'], 1)
            r2, d2 = fn(fixed)
            rep = f"repair {e['mark']!r} -> {e['fix']!r}"
            rows.append((path, name + ' (repaired copy)', r2, rep + '; ' + d2))
            e['repaired'] = r2
            if e['dialect'] in SQLGLOT_READ and res != 'rejected':
                r3, d3 = proxy_check(e)
                rows.append((path, f'proxy duckdb {duckdb.__version__} + pglast {pglast.__version__} (defective statement only)', r3, d3))
                e['proxy'] = r3
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(OUT, 'verification.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('path\tchecker\tresult\tdetail\n')
        for r in rows:
            f.write('\t'.join(' '.join(str(x).replace('\t', ' ').split('\n')) for x in r) + '\n')
    # summary
    from collections import Counter, defaultdict
    summ = defaultdict(Counter)
    for e in entries:
        summ[e['rule']][e['result']] += 1
        if e['rule'] == 'syntax-error':
            summ['syntax-error (repaired)'][e['repaired']] += 1
    for k, v in summ.items():
        print(k, dict(v))
    print('--- unexpected')
    for e in entries:
        exp_ok = e['rule'] == 'clean' or (e['rule'] == 'placeholder' and not e['breaks']) or e['dialect'] == 'other'
        bad = (exp_ok and e['result'] == 'rejected') or (not exp_ok and e['result'] != 'rejected')
        if e['rule'] == 'syntax-error' and e['repaired'] == 'rejected':
            bad = True
        if bad or e['result'] == 'note':
            r = [x for x in rows if x[0] == build.relpath(e)]
            for x in r:
                print(' ', x[0], '|', x[1], '|', x[2], '|', x[3][:230])


if __name__ == '__main__':
    main()
