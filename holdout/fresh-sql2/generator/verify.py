"""Checkers used by build.py.

Each checker returns (result, detail) with result one of
  accepted  - parsed (and, where executed, ran) without error
  rejected  - the tool reported an error (detail says which)
  fallback  - sqlglot only: parsed some statement as an opaque Command
  skipped   - tool not available / not applicable (detail says why)
"""
import io
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import uuid

SQLGLOT_READ = {
    "postgres": "postgres", "mysql": "mysql", "sqlite": "sqlite", "mssql": "tsql",
    "snowflake": "snowflake", "bigquery": "bigquery", "duckdb": "duckdb",
    "clickhouse": "clickhouse", "databricks": "databricks",
}


def one_line(msg, n=220):
    msg = re.sub(r"\x1b\[[0-9;]*m", "", str(msg))
    msg = " ".join(msg.split())
    return msg[:n]


# ------------------------------------------------------------------ text prep
def strip_psql_meta(sql):
    """Drop psql meta-command lines; a trailing \\gset / \\g ends the statement."""
    out = []
    for line in sql.split("\n"):
        s = line.lstrip()
        if s.startswith("\\"):
            out.append("")
            continue
        m = re.search(r"\s\\(gset|g|gx)\b.*$", line)
        if m:
            line = line[: m.start()] + ";"
        out.append(line)
    return "\n".join(out)


def tsql_batches(sql):
    batches, cur = [], []
    for line in sql.split("\n"):
        if re.fullmatch(r"\s*GO(\s+\d+)?\s*(--.*)?", line, flags=re.I):
            batches.append("\n".join(cur))
            cur = []
        else:
            cur.append(line)
    batches.append("\n".join(cur))
    return [b for b in batches if b.strip()]


def mysql_statements(sql):
    """Split a mysql-client script honouring DELIMITER directives."""
    state = {"delim": ";"}
    stmts, cur = [], []

    def flush():
        text = "\n".join(cur)
        if state["delim"] == ";":
            stmts.extend(split_statements(text, "mysql"))
        else:
            stmts.extend(p for p in text.split(state["delim"]) if _has_code(p))

    for line in sql.split("\n"):
        m = re.fullmatch(r"\s*DELIMITER\s+(\S+)\s*", line, flags=re.I)
        if m:
            flush(); cur.clear(); state["delim"] = m.group(1)
            continue
        cur.append(line)
    flush()
    return stmts


def _has_code(s):
    return bool(re.sub(r"--[^\n]*|/\*.*?\*/", "", s, flags=re.S).strip())


def split_statements(sql, dialect):
    """Split on top-level ';' honouring quotes, comments and dollar quotes."""
    backslash = dialect in ("mysql", "clickhouse", "databricks", "bigquery")
    dollar = dialect in ("postgres", "duckdb", "snowflake")
    stmts, buf, i, n = [], [], 0, len(sql)
    while i < n:
        c = sql[i]
        if c == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            buf.append(sql[i:j]); i = j; continue
        if c == "/" and sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            j = n if j < 0 else j + 2
            buf.append(sql[i:j]); i = j; continue
        if c in "'\"`":
            j = i + 1
            while j < n:
                if backslash and sql[j] == "\\":
                    j += 2; continue
                if sql[j] == c:
                    if j + 1 < n and sql[j + 1] == c:
                        j += 2; continue
                    break
                j += 1
            buf.append(sql[i:j + 1]); i = j + 1; continue
        if dollar and c == "$":
            m = re.match(r"\$[A-Za-z_]*\$", sql[i:])
            if m:
                tag = m.group(0)
                j = sql.find(tag, i + len(tag))
                j = n if j < 0 else j + len(tag)
                buf.append(sql[i:j]); i = j; continue
        if c == ";":
            stmts.append("".join(buf)); buf = []; i += 1; continue
        buf.append(c); i += 1
    stmts.append("".join(buf))
    return [s for s in stmts if _has_code(s)]


# ------------------------------------------------------------------ sqlglot
class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(); self.msgs = []

    def emit(self, record):
        self.msgs.append(record.getMessage())


def check_sqlglot(sql, dialect):
    import sqlglot
    from sqlglot import exp
    read = SQLGLOT_READ[dialect]
    if dialect == "postgres":
        units = [strip_psql_meta(sql)]
    elif dialect == "mssql":
        units = tsql_batches(sql)
    elif dialect == "mysql":
        units = mysql_statements(sql)
    else:
        units = [sql]
    cap = _Capture()
    log = logging.getLogger("sqlglot")
    log.addHandler(cap); old = log.level; log.setLevel(logging.WARNING)
    n = 0; commands = 0
    try:
        for u in units:
            for e in sqlglot.parse(u, read=read, error_level=sqlglot.ErrorLevel.RAISE):
                if e is None:
                    continue
                n += 1
                if isinstance(e, exp.Command):
                    commands += 1
    except Exception as ex:  # noqa: BLE001
        return "rejected", one_line(ex)
    finally:
        log.removeHandler(cap); log.setLevel(old)
    fallbacks = [m for m in cap.msgs if "unsupported syntax" in m or "Falling back" in m]
    if fallbacks:
        return "fallback", one_line(f"{n} statements, {len(fallbacks)} fell back to opaque Command: " + fallbacks[0], 300)
    return "accepted", f"{n} statements ({commands} parsed as Command by design)" if commands else f"{n} statements"


# ------------------------------------------------------------------ postgres
def check_pglast(sql):
    import pglast
    try:
        tree = pglast.parse_sql(strip_psql_meta(sql))
        return "accepted", f"{len(tree)} statements (pglast {pglast.__version__})"
    except Exception as ex:  # noqa: BLE001
        return "rejected", one_line(ex)


class PgServer:
    def __init__(self, host="/tmp/pg", port="5499", user="postgres"):
        self.base = ["-h", host, "-p", port, "-U", user]
        self.ok = shutil.which("psql") is not None and self._ping()

    def _ping(self):
        r = subprocess.run(["psql", *self.base, "-XAtc", "select 1"], capture_output=True, text=True)
        return r.returncode == 0

    def version(self):
        r = subprocess.run(["psql", *self.base, "-XAtc", "show server_version"], capture_output=True, text=True)
        return r.stdout.strip()

    def _with_db(self, fn):
        db = "v_" + uuid.uuid4().hex[:12]
        subprocess.run(["createdb", *self.base, db], check=True, capture_output=True)
        try:
            return fn(db)
        finally:
            subprocess.run(["dropdb", *self.base, "--force", db], capture_output=True)

    def run_file(self, path):
        """psql -f with ON_ERROR_STOP: the way the file would be applied."""
        def go(db):
            r = subprocess.run(["psql", *self.base, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", path],
                               capture_output=True, text=True, timeout=120)
            if r.returncode == 0:
                return "accepted", "executed with psql -f, ON_ERROR_STOP=1"
            err = [l for l in r.stderr.splitlines() if "ERROR" in l or "error" in l] or [r.stderr]
            return "rejected", one_line(err[0])
        return self._with_db(go)

    def parse_whole(self, sql):
        """One simple-query message: the server parses the whole text before running any of it."""
        text = strip_psql_meta(sql)

        def go(db):
            r = subprocess.run(["psql", *self.base, "-X", "-q", "-d", db, "-c", text],
                               capture_output=True, text=True, timeout=120)
            if r.returncode == 0:
                return "accepted", "parsed and executed as one simple-query message"
            msg = one_line(r.stderr)
            if "syntax error" in msg or "unterminated" in msg:
                return "rejected", "parse: " + msg
            return "accepted", "parsed (whole text), then failed at execution: " + msg
        return self._with_db(go)


# ------------------------------------------------------------------ sqlite
def check_sqlite(sql):
    con = sqlite3.connect(":memory:")
    try:
        con.executescript(sql)
        return "accepted", f"executescript ok (SQLite {sqlite3.sqlite_version})"
    except sqlite3.Error as ex:
        msg = one_line(ex)
        kind = "syntax" if ("syntax error" in msg or "incomplete input" in msg or "unrecognized token" in msg) else "runtime"
        return "rejected", f"{kind}: {msg}"
    finally:
        con.close()


# ------------------------------------------------------------------ duckdb
def check_duckdb_parse(sql):
    import duckdb
    con = duckdb.connect()
    try:
        st = con.extract_statements(sql)
        return "accepted", f"{len(st)} statements parsed (duckdb {duckdb.__version__})"
    except Exception as ex:  # noqa: BLE001
        return "rejected", f"{type(ex).__name__}: " + one_line(ex)
    finally:
        con.close()


def check_duckdb_exec(sql):
    import duckdb
    con = duckdb.connect()
    try:
        con.execute(sql)
        # execute() runs every statement of a multi-statement string
        return "accepted", f"executed in memory (duckdb {duckdb.__version__})"
    except Exception as ex:  # noqa: BLE001
        return "rejected", f"{type(ex).__name__}: " + one_line(ex)
    finally:
        con.close()


# ------------------------------------------------------------------ mysql (MariaDB proxy)
class MariaDB:
    def __init__(self, sock="/tmp/mdb/sock"):
        self.base = ["mariadb", "-S", sock, "-u", "root"]
        self.ok = shutil.which("mariadb") is not None and subprocess.run(
            [*self.base, "-e", "select 1"], capture_output=True).returncode == 0

    def version(self):
        return subprocess.run([*self.base, "-N", "-e", "select version()"], capture_output=True, text=True).stdout.strip()

    def run(self, path):
        db = "v_" + uuid.uuid4().hex[:12]
        subprocess.run([*self.base, "-e", f"CREATE DATABASE {db}"], check=True)
        try:
            with open(path, "rb") as fh:
                r = subprocess.run([*self.base, "--force", db], stdin=fh, capture_output=True, text=True, timeout=120)
            errs = [l for l in r.stderr.splitlines() if l.startswith("ERROR")]
            return errs
        finally:
            subprocess.run([*self.base, "-e", f"DROP DATABASE IF EXISTS {db}"], capture_output=True)


# ------------------------------------------------------------------ clickhouse (chDB)
class ChDB:
    def __init__(self):
        try:
            import chdb  # noqa: F401
            from chdb import session  # noqa: F401
            self.ok = True
        except Exception:  # noqa: BLE001
            self.ok = False

    def version(self):
        import chdb
        return str(chdb.query("SELECT version()", "TSV")).strip()

    def _session(self):
        from chdb import session
        d = tempfile.mkdtemp(prefix="chs_")
        return session.Session(d), d

    def execute(self, sql):
        s, d = self._session()
        try:
            for i, st in enumerate(split_statements(sql, "clickhouse"), 1):
                try:
                    s.query(st, "TSV")
                except Exception as ex:  # noqa: BLE001
                    return "rejected", f"statement {i}: " + one_line(ex)
            return "accepted", "executed statement by statement in a fresh chDB session"
        finally:
            s.close(); shutil.rmtree(d, ignore_errors=True)

    def parse(self, sql):
        s, d = self._session()
        try:
            for i, st in enumerate(split_statements(sql, "clickhouse"), 1):
                try:
                    s.query("EXPLAIN AST " + st, "TSV")
                except Exception as ex:  # noqa: BLE001
                    msg = one_line(ex)
                    if "Code: 62" in msg or "SYNTAX_ERROR" in msg:
                        return "rejected", f"statement {i}: " + msg
                    return "accepted", f"statement {i} parsed only as far as EXPLAIN AST allows: " + msg
            return "accepted", "every statement accepted by EXPLAIN AST"
        finally:
            s.close(); shutil.rmtree(d, ignore_errors=True)


# ------------------------------------------------------------------ databricks (Spark parser proxy)
class SparkParser:
    def __init__(self):
        self.ok = False
        try:
            import contextlib
            with contextlib.redirect_stderr(io.StringIO()):
                from pyspark.sql import SparkSession
                self.spark = (SparkSession.builder.master("local[1]")
                              .config("spark.ui.enabled", "false")
                              .config("spark.sql.ansi.enabled", "true")
                              .getOrCreate())
                self.spark.sparkContext.setLogLevel("ERROR")
                self.parser = self.spark._jsparkSession.sessionState().sqlParser()
            self.ok = True
        except Exception:  # noqa: BLE001
            self.ok = False

    def version(self):
        return self.spark.version

    def parse(self, sql, skip_prefixes=()):
        stmts = split_statements(sql, "databricks")
        skipped = 0
        for i, st in enumerate(stmts, 1):
            body = re.sub(r"^(\s*(--[^\n]*)?\n)*", "", st).strip()
            if any(re.match(p, body, flags=re.I) for p in skip_prefixes):
                skipped += 1
                continue
            try:
                self.parser.parsePlan(st)
            except Exception as ex:  # noqa: BLE001
                text = str(ex)
                m = re.search(r"\[[A-Z_]+\][^\n]*", text)
                msg = m.group(0) if m else next((l for l in text.splitlines() if l.strip()), text)
                return "rejected", f"statement {i}: " + one_line(msg)
        extra = f", {skipped} Delta/Databricks-only statements not checked" if skipped else ""
        return "accepted", f"{len(stmts) - skipped} statements parsed{extra}"

    def stop(self):
        if self.ok:
            self.spark.stop()
