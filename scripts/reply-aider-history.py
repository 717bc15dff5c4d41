#!/usr/bin/env python3
"""Usage: python3 scripts/reply-aider-history.py HISTORY.md [--bin PATH]

Measure how `gencheck reply` finds and attributes file proposals in real
model replies: aider's own chat history (tests/fixtures/chat-history.md in
Aider-AI/aider), where each reply that aider applied is followed by
`> Applied edit to PATH` log lines.

The history is split into assistant replies (the text between the last user
`#### ` or log `> ` line and the next `> ` log line, except the lines that
continue a multi-line log message); only replies followed by `> Applied edit to` or containing
`<<<<<<< SEARCH` or a fence are kept. Each goes to the `tune` half when
sha256(reply) % 100 < 40, else to `holdout`. Each is piped to
`gencheck reply --root <empty dir> --format json`.

Printed per half: counts only. Written for the tune half only:
/tmp/reply-aider/tune-mismatches.txt (every reply aider applied whose
gencheck path set differs from aider's, and every form finding on them).
Holdout replies' contents are never printed or saved.

Standard library only.
"""

import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

OUT_DIR = "/tmp/reply-aider"
USER = re.compile(r"^####( |$)")
LOG = re.compile(r"^>( |$)")
HEADER = re.compile(r"^# aider chat started at ")
APPLIED = re.compile(r"^> Applied edit to (.+?)\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
SEARCH = "<<<<<<< SEARCH"
FILE_ACTIONS = ("write", "edit", "move")
MISS_NOT_A_FILE = "misses: aider's path has no / or ."


def kind(line):
    if HEADER.match(line):
        return "header"
    if USER.match(line):
        return "user"
    if LOG.match(line):
        return "log"
    return "text"


def split_replies(text):
    """Yield (first line number, reply text, applied paths, log lines after)."""
    lines = text.split("\n")
    kinds = [kind(l) for l in lines]
    # aider writes a multi-line log message with `> ` on its first line only,
    # and two trailing spaces on its last: the text lines after a log line
    # without them continue that message (`Cost: ...` after `> Tokens: ...`,
    # command output, the repo map, the prompt) up to the one that has them
    cont = False
    for k, l in enumerate(lines):
        if kinds[k] == "log":
            cont = not l.endswith("  ")
        elif kinds[k] != "text":
            cont = False
        elif cont:
            kinds[k] = "log"
            # the last line is stripped before the two spaces are added
            cont = not (l.endswith("  ") and l.strip())
    n = len(lines)
    i = 0
    prev = None  # kind of the last non-text line
    while i < n:
        k = kinds[i]
        if k != "text":
            prev = k
            i += 1
            continue
        j = i
        while j < n and kinds[j] == "text":
            j += 1
        seg = lines[i:j]
        start = i
        i = j
        if not any(l.strip() for l in seg):
            continue
        # a session header right before a reply: two aider processes
        # writing the same history
        if prev not in ("user", "log", "header"):
            continue
        if j >= n or kinds[j] != "log":
            continue
        # the log lines that follow, up to the next user line, header, or
        # non-blank text
        applied = []
        logs = []
        m = j
        while m < n:
            if kinds[m] == "log":
                logs.append(lines[m])
                a = APPLIED.match(lines[m])
                if a:
                    applied.append(a.group(1))
            elif kinds[m] == "text" and not lines[m].strip():
                pass
            else:
                break
            m += 1
        while seg and not seg[0].strip():
            seg.pop(0)
            start += 1
        while seg and not seg[-1].strip():
            seg.pop()
        reply = "\n".join(seg) + "\n"
        yield start + 1, reply, applied, logs


def proposes_edits(reply, applied):
    return bool(applied) or SEARCH in reply or any(
        FENCE.match(l) for l in reply.split("\n")
    )


def half(reply):
    h = int(hashlib.sha256(reply.encode("utf-8")).hexdigest(), 16)
    return "tune" if h % 100 < 40 else "holdout"


def run_gencheck(binary, root, reply):
    try:
        p = subprocess.run(
            [binary, "reply", "--root", root, "--format", "json"],
            input=reply.encode("utf-8"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        return {"rc": "timeout", "proposals": [], "findings": [], "stderr": ""}
    res = {
        "rc": p.returncode,
        "proposals": [],
        "findings": [],
        "stderr": p.stderr.decode("utf-8", "replace"),
    }
    out = p.stdout.decode("utf-8", "replace").strip()
    if out:
        try:
            doc = json.loads(out)
            f0 = doc["files"][0]
            res["proposals"] = [
                {
                    "index": q.get("index"),
                    "format": q.get("format"),
                    "path": q.get("path"),
                    "path_from": q.get("path_from"),
                    "action": q.get("action"),
                    "lines": q.get("lines"),
                    "notes": q.get("notes", []),
                }
                for q in (f0.get("reply") or {}).get("proposals", [])
            ]
            res["findings"] = [
                {"rule": f["rule"], "message": f.get("message", ""),
                 "line": ((f.get("span") or {}).get("start") or {}).get("line")}
                for f in f0.get("findings", [])
            ]
        except (ValueError, KeyError, IndexError) as e:
            res["parse_error"] = str(e)
    return res


def finding_class(f):
    """The form findings counted as false alarms on replies aider applied."""
    r = f["rule"]
    if r == "edit-does-not-apply":
        m = f["message"]
        if "which does not exist" in m or "there is no such file" in m:
            return "edit-does-not-apply (target missing: expected)"
        if "does not appear verbatim" in m or "proposal #" in m:
            return "edit-does-not-apply (no match: expected on empty root)"
        return "edit-does-not-apply (malformed)"
    if r in ("unattributed-block", "truncated", "unsafe-path",
             "conflicting-proposals", "ambiguous-edit"):
        return r
    return None


def basename(p):
    return p.rstrip("/").rsplit("/", 1)[-1]


def compare(aider, gen):
    """'exact', 'superset' (all of aider's and more), 'misses'."""
    if gen == aider:
        return "exact"
    if aider <= gen:
        return "superset"
    return "misses"


def main():
    ap = argparse.ArgumentParser(usage=__doc__.split("\n")[0][len("Usage: "):])
    ap.add_argument("history")
    ap.add_argument("--bin", default=os.path.normpath(os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "target", "debug",
        "gencheck")))
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    with open(args.history, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    replies = [
        (ln, r, a, logs) for ln, r, a, logs in split_replies(text)
        if proposes_edits(r, a)
    ]
    os.makedirs(OUT_DIR, exist_ok=True)
    root = tempfile.mkdtemp(prefix="reply-aider-root-")

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        results = list(ex.map(lambda t: run_gencheck(args.bin, root, t[1]),
                              replies))
    if os.listdir(root):
        print("warning: the empty root is no longer empty", file=sys.stderr)

    stats = {h: collections.Counter() for h in ("tune", "holdout")}
    fstats = {h: collections.Counter() for h in ("tune", "holdout")}
    malformed_msgs = collections.Counter()
    mism = []
    other = []  # tune replies not applied, with exit 2 or form findings
    for (ln, reply, applied, logs), res in zip(replies, results):
        h = half(reply)
        s = stats[h]
        s["replies"] += 1
        s[f"exit {res['rc']}"] += 1
        if "parse_error" in res:
            s["json unreadable"] += 1
        file_props = [q for q in res["proposals"]
                      if q["action"] in FILE_ACTIONS]
        gen = {q["path"] for q in file_props if q["path"]}
        unattributed = [q for q in file_props if not q["path"]]
        if any("did not conform" in l for l in logs):
            s["aider: did not conform"] += 1
        if not applied:
            # context only: what gencheck says of the replies aider did not
            # apply (refused, interrupted, or only talk with fences)
            s["not applied"] += 1
            rules = {f["rule"] for f in res["findings"]
                     if finding_class(f) and not finding_class(f).endswith(
                         ("expected)", "expected on empty root)"))}
            for r in rules:
                s[f"not applied: {r}"] += 1
            if h == "tune" and (rules or res["rc"] == 2):
                other.append((ln, reply, applied, res, "-", "-",
                              sorted(rules)))
            continue
        s["aider applied"] += 1
        a_set = set(applied)
        c_exact = compare(a_set, gen)
        c_base = compare({basename(p) for p in a_set},
                         {basename(p) for p in gen})
        if c_exact == "misses" and all(
                "/" not in x and "." not in x for x in a_set - gen):
            # aider took a fence's language for a file name (it wrote a file
            # called `python`): the path gencheck misses is no file's
            s[MISS_NOT_A_FILE] += 1
        s[f"path:{c_exact}"] += 1
        s[f"basename:{c_base}"] += 1
        if res["rc"] == 2:
            s["applied but exit 2"] += 1
        markers = sum(1 for l in reply.split("\n") if l.strip() == SEARCH)
        sr = sum(1 for q in res["proposals"]
                 if (q["format"] or "").startswith("SEARCH/REPLACE"))
        if markers:
            s["applied with SEARCH markers"] += 1
            if sr != markers:
                s["applied: SEARCH markers != SEARCH/REPLACE proposals"] += 1
        if unattributed:
            s["applied with a file proposal without path"] += 1
        fclasses = collections.Counter()
        for f in res["findings"]:
            c = finding_class(f)
            if c:
                fclasses[c] += 1
                if h == "tune" and c == "edit-does-not-apply (malformed)":
                    malformed_msgs[re.sub(r"\d+", "N", f["message"])] += 1
        for c, k in fclasses.items():
            fstats[h][c] += k
            fstats[h][c + " [replies]"] += 1
        form = {c for c in fclasses
                if not c.endswith("expected)") and
                not c.endswith("expected on empty root)")}
        if markers and sr != markers:
            form.add(f"{sr} SEARCH/REPLACE proposals for {markers} markers")
        if h == "tune" and (c_exact != "exact" or form):
            mism.append((ln, reply, applied, res, c_exact, c_base,
                         sorted(form)))

    def pct(a, b):
        return f"{a}/{b} ({100.0 * a / b:.1f}%)" if b else f"{a}/0"

    print(f"history: {args.history}")
    print(f"binary: {args.bin}")
    for h in ("tune", "holdout"):
        s, fs = stats[h], fstats[h]
        n = s["aider applied"]
        print(f"\n== {h} ==")
        print(f"replies proposing edits: {s['replies']}")
        print("  exit codes: " + ", ".join(
            f"{k[5:]}: {v}" for k, v in sorted(s.items())
            if k.startswith("exit ")))
        print(f"  aider said 'did not conform': {s['aider: did not conform']}")
        na = s["not applied"]
        print(f"replies aider did not apply: {na}; with form findings: " +
              (", ".join(f"{k[len('not applied: '):]} {v}"
                         for k, v in sorted(s.items())
                         if k.startswith("not applied: ")) or "none"))
        print(f"replies aider applied edits from: {n}")
        for mode in ("path", "basename"):
            print(f"  {mode:8}  exact {pct(s[mode + ':exact'], n)}, "
                  f"superset {pct(s[mode + ':superset'], n)}, "
                  f"misses a path {pct(s[mode + ':misses'], n)}")
        print(f"  of the misses, aider's missed paths have no / or . "
              f"(e.g. aider wrote a file `python`): "
              f"{s[MISS_NOT_A_FILE]}")
        print(f"  exit 2 (proposes no file): {s['applied but exit 2']}")
        print("  SEARCH/REPLACE proposals != `<<<<<<< SEARCH` lines: "
              f"{s['applied: SEARCH markers != SEARCH/REPLACE proposals']} "
              f"of {s['applied with SEARCH markers']} with such lines")
        print(f"  with a write/edit proposal without a path: "
              f"{s['applied with a file proposal without path']}")
        print("  findings on them (count / replies):")
        for c in sorted({k for k in fs if not k.endswith(" [replies]")}):
            print(f"    {c}: {fs[c]} / {fs[c + ' [replies]']}")
        if s["json unreadable"]:
            print(f"  json unreadable: {s['json unreadable']}")

    path = os.path.join(OUT_DIR, "tune-mismatches.txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"# tune replies aider applied where gencheck's path set "
                  f"differs, or with form findings: {len(mism)}\n")
        if malformed_msgs:
            out.write("# edit-does-not-apply (malformed) messages:\n")
            for m, k in malformed_msgs.most_common():
                out.write(f"#   {k} x {m}\n")
        entries = mism + [None] + other
        for e in entries:
            if e is None:
                out.write("\n\n# tune replies aider did NOT apply, with exit 2 or "
                          f"form findings (context): {len(other)}\n")
                continue
            ln, reply, applied, res, ce, cb, form = e
            out.write("\n" + "=" * 78 + "\n")
            out.write(f"history line {ln}: path {ce}, basename {cb}, "
                      f"form findings {form}, exit {res['rc']}\n")
            out.write(f"aider applied: {sorted(set(applied))}\n")
            out.write("gencheck proposals:\n")
            for q in res["proposals"]:
                out.write(f"  #{q['index']} {q['action']} {q['path']!r} "
                          f"[{q['format']}; from {q['path_from']}] "
                          f"lines {q['lines']} notes {q['notes']}\n")
            for f in res["findings"]:
                out.write(f"  finding {f['rule']} (line {f['line']}): "
                          f"{f['message']}\n")
            out.write("-" * 30 + " reply " + "-" * 30 + "\n")
            for k, l in enumerate(reply.split("\n"), 1):
                out.write(f"{k:4}| {l}\n")
    print(f"\ntune details: {path}")


if __name__ == "__main__":
    main()
