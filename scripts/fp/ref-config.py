#!/usr/bin/env python3
"""Reference verdicts for YAML, TOML and shell files (helper of scripts/fp-config.sh).

  ref-config.py yaml FILE...    ruamel.yaml and PyYAML (run it with the venv's python,
                                where both are installed)
  ref-config.py toml FILE...    Python's tomllib (Python 3.11 or newer)
  ref-config.py shell FILE...   `dash -n` / `bash -n` / `zsh -n` / `ksh -n`
  ref-config.py interp FILE...  print path<TAB>interpreter (what `shell` would run)

Prints one tab-separated line per FILE (tabs and newlines in messages become spaces):

  yaml   path  verdict  line:col  message  pyyaml-verdict  pyyaml-line:col  pyyaml-message
         verdict: ok | rejected | timeout. ruamel.yaml's round-trip loader, YAML(typ='rt'),
         loads every document of the stream (it is YAML 1.2 and rejects a key given twice
         in one mapping, which is what a YAML checker should do; merge keys `<<` may be
         overridden). PyYAML (YAML 1.1) is recorded for information only: yaml.safe_load_all
         with libyaml's CSafeLoader where present, with any tag accepted (`!Ref`, `!vault`:
         an unknown tag is not a syntax error) and a key given twice in one mapping
         rejected, as ruamel does.
  toml   path  verdict  line:col  message
         tomllib.load on the file's bytes (TOML 1.0; UTF-8 only).
  shell  path  interpreter  verdict  line:col  message  bash-verdict  bash-message
         interpreter from the shebang (through `env`, its options and VAR=value words
         skipped) or, without one, from the extension: sh and dash -> `dash -n`;
         bash -> `bash -n`; zsh -> `zsh -n`; ksh, mksh, ksh93, pdksh -> `ksh -n` (or
         mksh); .sh without a shebang -> dash, .bash -> bash, .zsh -> zsh, .ksh -> ksh.
         verdict: ok | rejected | no-reference (the shell is not installed) | timeout.
         bash-verdict: `bash -n` on every file, for information (a #!/bin/sh script that
         only bash parses uses bashisms).
"""

import os
import re
import signal
import subprocess
import sys

TIMEOUT = int(os.environ.get("FP_REF_TIMEOUT", "300"))  # seconds per file


def emit(*fields):
    """One line to stdout in one write(2): lines of processes running side by side under
    `xargs -P` must not interleave (print() may write the newline separately)."""
    line = "\t".join(str(f) for f in fields) + "\n"
    os.write(1, line.encode("utf-8", "surrogateescape"))


def clean(s, n=300):
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s[:n]


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def with_timeout(fn, *args):
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT)
    try:
        return fn(*args)
    finally:
        signal.alarm(0)


# ---------------------------------------------------------------- YAML

def yaml_refs(files):
    import warnings

    import ruamel.yaml
    from ruamel.yaml import YAML
    import yaml as pyyaml

    warnings.simplefilter("ignore")
    base = getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)

    class Loader(base):
        pass

    def construct_mapping(loader, node, deep=False):
        seen = {}
        for knode, _ in node.value:
            if knode.tag == "tag:yaml.org,2002:merge":
                continue
            try:
                key = loader.construct_object(knode, deep=True)
                hash(key)
            except Exception:
                continue
            if key in seen:
                raise pyyaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    f"found duplicate key {key!r}", knode.start_mark)
            seen[key] = True
        return pyyaml.constructor.SafeConstructor.construct_mapping(loader, node, deep)

    Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)

    def any_tag(loader, suffix, node):
        if isinstance(node, pyyaml.ScalarNode):
            return loader.construct_scalar(node)
        if isinstance(node, pyyaml.SequenceNode):
            return loader.construct_sequence(node)
        return loader.construct_mapping(node)

    Loader.add_multi_constructor("", any_tag)

    def where_msg(e):
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        where = f"{mark.line + 1}:{mark.column + 1}" if mark is not None else "?:?"
        parts = [getattr(e, "context", None), getattr(e, "problem", None)]
        msg = "; ".join(clean(p) for p in parts if p)
        if not msg:
            msg = clean(e)
        return where, f"{type(e).__name__}: {msg}"

    def ruamel_load(data):
        y = YAML(typ="rt")
        for _ in y.load_all(data):
            pass

    def pyyaml_load(data):
        for _ in pyyaml.load_all(data, Loader=Loader):
            pass

    for f in files:
        try:
            with open(f, "rb") as fh:
                data = fh.read()
        except OSError as e:
            emit(f, "rejected", "?:?", clean(e), "", "", "")
            continue
        out = [f]
        for load in (ruamel_load, pyyaml_load):
            try:
                with_timeout(load, data)
                out += ["ok", "", ""]
            except Timeout:
                out += ["timeout", "", f"more than {TIMEOUT} s"]
            except RecursionError:
                out += ["rejected", "?:?", "RecursionError: nesting too deep for the parser"]
            except Exception as e:  # YAMLError, UnicodeDecodeError, ...
                where, msg = where_msg(e)
                out += ["rejected", where, msg]
        emit(*out)


# ---------------------------------------------------------------- TOML

def toml_refs(files):
    import tomllib

    def load(path):
        with open(path, "rb") as fh:
            tomllib.load(fh)

    for f in files:
        try:
            with_timeout(load, f)
            emit(f, "ok", "", "")
        except Timeout:
            emit(f, "timeout", "", f"more than {TIMEOUT} s")
        except Exception as e:  # TOMLDecodeError, UnicodeDecodeError, OSError
            m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
            where = f"{m.group(1)}:{m.group(2)}" if m else "?:?"
            emit(f, "rejected", where, f"{type(e).__name__}: {clean(e)}")


# ---------------------------------------------------------------- shell

SHELLS = {"sh": "sh", "dash": "sh", "bash": "bash", "zsh": "zsh",
          "ksh": "ksh", "mksh": "ksh", "ksh93": "ksh", "pdksh": "ksh"}
EXT_SHELL = {".sh": "sh", ".bash": "bash", ".zsh": "zsh", ".ksh": "ksh"}


def shebang_program(first_line):
    """b'#!/usr/bin/env -S bash -e' -> 'bash'; None without a shebang."""
    if not first_line.startswith(b"#!"):
        return None
    words = first_line[2:].decode("utf-8", "replace").split()
    if not words:
        return ""
    prog = os.path.basename(words[0])
    if prog == "env":
        rest = words[1:]
        while rest and (rest[0].startswith("-") or "=" in rest[0]):
            opt = rest.pop(0)
            if opt in ("-u", "--unset", "-C", "--chdir") and rest:
                rest.pop(0)
        prog = os.path.basename(rest[0]) if rest else ""
    return prog


def first_line(path):
    try:
        with open(path, "rb") as fh:
            return fh.readline(512).rstrip(b"\r\n")
    except OSError:
        return b""


def interp_of(path):
    """The shell a file is written for: sh | bash | zsh | ksh | None (not a shell file)."""
    prog = shebang_program(first_line(path))
    if prog is not None:
        return SHELLS.get(prog)
    ext = os.path.splitext(path)[1].lower()
    return EXT_SHELL.get(ext)


def which(name):
    for d in os.environ.get("PATH", "/usr/bin:/bin").split(":"):
        p = os.path.join(d, name)
        if os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    return None


def shell_msg(out, path):
    """The first error line of `SHELL -n` with the file name taken off -> (line:col, msg)."""
    lines = [l for l in out.splitlines() if l.strip()]
    if not lines:
        return "?:?", "(no message)"
    l = lines[0]
    if l.startswith(path + ":"):
        l = l[len(path) + 1:].strip()
    m = re.match(r"(?:line )?(\d+): ?(.*)", l)
    if m:
        return f"{m.group(1)}:?", clean(m.group(2))
    return "?:?", clean(l)


def run_n(cmd, path):
    try:
        p = subprocess.run(cmd + [path], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", "", f"more than {TIMEOUT} s"
    if p.returncode == 0:
        return "ok", "", ""
    where, msg = shell_msg(p.stdout.decode("utf-8", "replace"), path)
    return "rejected", where, msg


def shell_refs(files):
    dash = which("dash")
    bash = which("bash")
    zsh = which("zsh")
    ksh = which("ksh") or which("mksh") or which("ksh93")
    tools = {"sh": [dash, "-n"] if dash else None, "bash": [bash, "-n"] if bash else None,
             "zsh": [zsh, "-n"] if zsh else None, "ksh": [ksh, "-n"] if ksh else None}
    for f in files:
        it = interp_of(f) or "sh"
        cmd = tools.get(it)
        if cmd is None:
            verdict, where, msg = "no-reference", "", f"{it} is not installed"
        else:
            verdict, where, msg = run_n(cmd, f)
        if it == "bash":
            bv, bm = verdict, msg
        else:
            bv, _, bm = run_n([bash, "-n"], f)
        emit(f, it, verdict, where, msg, bv, bm)


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, files = argv[0], argv[1:]
    if cmd == "yaml":
        yaml_refs(files)
    elif cmd == "toml":
        toml_refs(files)
    elif cmd == "shell":
        shell_refs(files)
    elif cmd == "interp":
        for f in files:
            emit(f, interp_of(f) or "")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
