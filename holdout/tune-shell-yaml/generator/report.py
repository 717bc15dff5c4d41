#!/usr/bin/env python3
"""Turn verify.py's JSON into README.md.

usage: /tmp/yamlvenv/bin/python generator/verify.py . > /tmp/verify.json
       /tmp/yamlvenv/bin/python generator/report.py /tmp/verify.json > README.md
"""

import json
import sys

INTRO = """# tune-shell-yaml: tuning corpus for llm-chatter / markdown-fence (shell) and truncated (YAML)

Labelled **tuning** cases for gencheck. One folder per expected rule; the file
extension gives the language:

| folder | expected verdict | language | files |
|---|---|---|---|
| `llm-chatter/` | `llm-chatter` | shell (`.sh`, `.bash`) | {n_chatter} |
| `markdown-fence/` | `markdown-fence` | shell (`.sh`, `.bash`) | {n_fence} |
| `truncated/` | `truncated` | YAML (`.yml`, `.yaml`) | {n_trunc} |
| `clean/` | accepted (no finding) | {n_clean_sh} shell + {n_clean_yaml} YAML | {n_clean} |
| **total** | | | {n_total} |

## Regenerating

```
python3 holdout/tune-shell-yaml/generator/make.py holdout/tune-shell-yaml
```

`make.py` removes the files in the four folders and writes every case again.
The texts live beside it: `shbases.py` (12 realistic base scripts split into
chunks), `cases_shell.py` (where the prose / fences are inserted),
`yamlbases.py` (13 complete YAML files: GitHub Actions CI and release workflows,
Kubernetes Deployment, Service+Ingress, ConfigMap, docker-compose, Ansible
playbook, Helm values, OpenAPI, mkdocs, pre-commit, dependabot, GitLab CI),
`cases_yaml.py` (cut points: an anchor string in a base plus the prefix of it
that is kept, with or without a final newline) and `cases_clean.py`.

Verification (needs a venv with PyYAML and ruamel.yaml, e.g. `/tmp/yamlvenv`):

```
cd holdout/tune-shell-yaml
/tmp/yamlvenv/bin/python generator/verify.py . > /tmp/verify.json
/tmp/yamlvenv/bin/python generator/report.py /tmp/verify.json > README.md
```

`verify.py` also checks that every base script passes `bash -n` (and `dash -n`
for `#!/bin/sh` bases) and that every YAML base loads with both parsers, so any
parse failure in a case comes from the inserted prose / fence / cut.
Tools used: GNU bash {bash_version}, dash (Debian package), PyYAML {pyyaml_version},
ruamel.yaml {ruamel_version} (pure-Python safe loader, `load_all`).

## Independence

While writing this corpus I did not open, list or read gencheck's sources
(`src/`), fixtures (`fixtures/`), tests (`tests/`) or any other folder under
`holdout/` (only this one), and I did not run gencheck or cargo. The cases were
written from the task description only. Nothing was committed.

## What the cases cover

**llm-chatter** ({n_chatter}): assistant prose left in a script, at every position:
before the shebang (intro sentences: "Here's the updated deploy script ...",
"Sure! Below is ...", "Here you go:", one with a parenthetical, one with no blank
line before the shebang), right after the shebang, between functions/blocks
("Note that you need jq installed ...", "Now we define the build step itself",
"Step 2 - Install the git hooks", bullet lists), and after the code ("This script
will:" + numbered list, "### Explanation" + bullets with backticks, "**Usage:**",
"Key changes:" + `*` bullets, "You can run it with: ...", "Let me know ...",
"Want me to ...?", "## How it works", "Changes made: 1) ...", one without final
newline), plus two files with prose both before and after. Apostrophes
("Here's", "I've", "you'll", "That's", "Don't", "Let's") usually make `bash -n`
fail; one case has two apostrophes that pair up and still parse. Most cases have
no apostrophe, so `bash -n` accepts the prose as ordinary commands.

**markdown-fence** ({n_fence}): ```` ```bash ````/```` ```sh ````/```` ```shell ````/bare
```` ``` ```` at start and end, opening fence only, closing fence only (with and
without final newline, with trailing blank line), `~~~` fences, 2- and 3-space
indented fences, four backticks, info strings (`bash title="build.sh"`, `Bash`,
`zsh`, `shell-script`, `console`, trailing spaces), a fence directly after the
shebang, a fence after a filename comment, prose before (and after) the fenced
block, and a fence in the middle (close + reopen between two blocks, with and
without prose, with `~~~`, close-only in the middle). When the fences pair up,
bash reads them as (empty) backtick substitutions and `bash -n` accepts the file;
an odd number of backticks leaves an unterminated substitution.

**truncated** ({n_trunc}): cut mid-word in a value (`image: ngin`,
`runs-on: ubuntu-la`, `format: dou` on the last line), mid-key (`strat`, `readinessPr`,
`val`), after a key with nothing under it (`steps:`, `containers:`, `spec:`,
`services:`, top-level `volumes:`, `tasks:`, `nav:`, `hooks:`, `schedule:`,
`script:`, `responses:`, `port:`, `tags:`, `Order:`, `env:`), after `- name: X` in
a step/task list, after `run: |` / `default.conf: |` with no body, inside a block
scalar's middle line (mid-word, no final newline), open flow sequences
(`[18, 20`, `[pending, paid, shi`, unclosed `[...` with a complete last element),
open quoted strings, an unfinished `${{{{ ... }}}}` expression, a dangling `-`,
a second Kubernetes document cut after `metadata:`, a Helm values list cut
mid-item. {trunc_nl} of them end with a newline, {trunc_nonl} without.

**clean** ({n_clean}): shell scripts full of prose-like text that must be accepted
(usage heredocs `cat <<'EOF'` with apostrophes and numbered lists, echo/printf of
friendly sentences such as "Great news!" / "Let me know if ...", `read -p
"Continue? "` prompts, `select` menus, comment blocks written as sentences and
lists, functions named `note`/`explain`/`here`/`sure`/`explanation`, a `: <<'DOC'`
block, an awk program that prints sentences, a here-string; scripts that contain
```` ``` ```` or `~~~` legitimately inside quoted strings or quoted heredocs: a
README generator, a prompt builder, release notes, a PR body with a ```` ```diff ````
block, a commit-msg hook that greps for fences) and complete YAML files that end
in ways that look cut (`app_proxy_url:` empty last value in Ansible defaults,
compose named volumes / networks `pgdata:` last, with and without final newline,
`workflow_dispatch:` last, inventory hosts with null values, bare-word last list
items, block and folded scalars ending without a full stop and without final
newline, explicit document end `...`, flow collections, `{{}}`/`[]` last,
short last values such as `image: nginx`, `when: manual`, `comment: false`,
`interval: daily`, a trailing comment).
"""


def main(path):
    r = json.load(open(path))
    files = r["files"]
    assert not r["bases_failing"], r["bases_failing"]

    def folder(f):
        return {k.split("/", 1)[1]: v for k, v in files.items() if k.startswith(f + "/")}

    ch, fe, tr, cl = (folder(x) for x in ("llm-chatter", "markdown-fence", "truncated", "clean"))
    cl_sh = {k: v for k, v in cl.items() if k.endswith((".sh", ".bash"))}
    cl_y = {k: v for k, v in cl.items() if not k.endswith((".sh", ".bash"))}

    import subprocess
    import yaml
    import ruamel.yaml
    bash_version = subprocess.run(["bash", "-c", "echo $BASH_VERSION"], capture_output=True, text=True).stdout.strip()

    out = [INTRO.format(
        n_chatter=len(ch), n_fence=len(fe), n_trunc=len(tr), n_clean=len(cl),
        n_clean_sh=len(cl_sh), n_clean_yaml=len(cl_y),
        n_total=len(ch) + len(fe) + len(tr) + len(cl),
        trunc_nl=sum(v["final_newline"] for v in tr.values()),
        trunc_nonl=sum(not v["final_newline"] for v in tr.values()),
        bash_version=bash_version, pyyaml_version=yaml.__version__,
        ruamel_version=ruamel.yaml.__version__,
    )]

    out.append("## Parser results\n")
    # clean
    bad = [k for k, v in cl.items() if not all(v.get(x, True) for x in ("bash_n", "dash_n", "pyyaml", "ruamel"))]
    n_dash = sum("dash_n" in v for v in cl_sh.values())
    out.append("### clean\n")
    out.append(f"- shell: {sum(v['bash_n'] for v in cl_sh.values())}/{len(cl_sh)} pass `bash -n`; "
               f"the {n_dash} `#!/bin/sh` scripts also pass `dash -n` "
               f"({sum(v.get('dash_n', False) for v in cl_sh.values())}/{n_dash}).")
    out.append(f"- YAML: {sum(v['pyyaml'] for v in cl_y.values())}/{len(cl_y)} load with PyYAML "
               f"(`safe_load_all`), {sum(v['ruamel'] for v in cl_y.values())}/{len(cl_y)} with ruamel.yaml (`load_all`), all documents.")
    out.append(f"- files failing any parser: {len(bad)}" + (f" ({', '.join(bad)})" if bad else "") + "\n")

    for title, d in (("llm-chatter", ch), ("markdown-fence", fe)):
        acc = sum(v["bash_n"] for v in d.values())
        shd = {k: v for k, v in d.items() if "dash_n" in v}
        out.append(f"### {title}\n")
        out.append(f"- `bash -n` accepts {acc}/{len(d)}, rejects {len(d) - acc}/{len(d)}.")
        if shd:
            out.append(f"- of the {len(shd)} files with a `#!/bin/sh` shebang, `dash -n` accepts "
                       f"{sum(v['dash_n'] for v in shd.values())}.")
        out.append("")
        out.append("| file | bash -n | dash -n | first bash error |")
        out.append("|---|---|---|---|")
        for k, v in sorted(d.items()):
            dash = "" if "dash_n" not in v else ("accepts" if v["dash_n"] else "rejects")
            err = "" if v["bash_n"] else v["bash_err"][0].split(": ", 1)[-1].replace("|", "\\|").replace("`", "'")
            out.append(f"| {k} | {'accepts' if v['bash_n'] else 'rejects'} | {dash} | {err} |")
        out.append("")

    out.append("### truncated\n")
    py = sum(v["pyyaml"] for v in tr.values())
    ru = sum(v["ruamel"] for v in tr.values())
    both = sum(v["pyyaml"] and v["ruamel"] for v in tr.values())
    out.append(f"- still valid YAML (all documents load): PyYAML {py}/{len(tr)}, ruamel.yaml {ru}/{len(tr)}, "
               f"both {both}/{len(tr)}; parse errors: {len(tr) - both}/{len(tr)} "
               "(open quotes, open flow collections, cut keys).")
    out.append("")
    out.append("| file | PyYAML | ruamel.yaml | final newline | PyYAML error |")
    out.append("|---|---|---|---|---|")
    for k, v in sorted(tr.items()):
        out.append(f"| {k} | {'loads' if v['pyyaml'] else 'error'} | {'loads' if v['ruamel'] else 'error'} | "
                   f"{'yes' if v['final_newline'] else 'no'} | {v['pyyaml_err']} |")
    out.append("")

    out.append("### clean (per file)\n")
    out.append("| file | parser(s) | result |")
    out.append("|---|---|---|")
    for k, v in sorted(cl.items()):
        if "bash_n" in v:
            ps = "bash -n" + (", dash -n" if "dash_n" in v else "")
            ok = v["bash_n"] and v.get("dash_n", True)
        else:
            ps = "PyYAML, ruamel.yaml"
            ok = v["pyyaml"] and v["ruamel"]
        out.append(f"| {k} | {ps} | {'pass' if ok else 'FAIL'} |")
    out.append("")
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
