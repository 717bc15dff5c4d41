#!/usr/bin/env bash
# False positives (and misses) of the YAML, TOML and shell backends on real files nobody
# here wrote.
#
#   bash scripts/fp-config.sh                   # download, check, print the tables and lists
#   FP_CACHE=~/.cache/gencheck-fp-config bash scripts/fp-config.sh > fp-config.txt
#                                               # keep downloads and verdicts for the next run
#
# Corpora (collected into the cache directory at run time; nothing is copied into the
# repository), each file in exactly one of:
#   tune     units the backends may be tuned on
#   holdout  units never looked at while tuning
# A unit is what a file was written as part of: a PyPI sdist, an npm tarball, one Ansible
# collection of the `ansible` sdist (a bundle of ~90 collections by different authors), a
# crate, or the Debian package a system script came with. A unit is in `tune` when
# sha256(unit) (first 8 hex digits) mod 100 < TUNE_PERCENT (40), else in `holdout`: about
# 40/60, the same on every machine; the report lists the units of each corpus.
# Sources:
#   PyPI sdists   PYPI below, `pip download --no-binary :all: --no-deps NAME==VERSION`,
#                 unpacked (many ship .github/workflows, test data, docs)
#   npm tarballs  NPM below, `npm pack NAME@VERSION`, unpacked
#   GitHub        GITHUB below, repositories of examples (Kubernetes manifests, compose
#                 files, workflow templates) at a pinned commit; each top folder is a unit
#   crates        every crate under $CARGO_HOME/registry/src (whatever builds on this
#                 machine fetched: $RUN/crates.txt lists them, the report counts them)
#   system        shell scripts under $SHELL_DIRS (default /usr/bin /usr/sbin /usr/lib /etc)
# Files (scripts/fp/config-report.py has the details):
#   yaml   *.yml *.yaml, none below a `templates/` directory (Helm's Go templates and
#          Ansible's Jinja templates are not YAML until rendered): GitHub workflows, Helm
#          Chart.yaml and values.yaml, compose files, .pre-commit-config.yaml, mkdocs.yml,
#          Kubernetes manifests, OpenAPI specs, CloudFormation templates, Ansible
#          playbooks, roles, collection metadata and changelogs, CI configs
#   toml   *.toml (Cargo.toml as published, pyproject.toml, rustfmt.toml, ...),
#          Cargo.toml.orig (a crate's manifest as its authors wrote it), Cargo.lock,
#          poetry.lock, uv.lock, pdm.lock, Pipfile
#   shell  *.sh *.bash *.zsh *.ksh and extension-less files with a shell shebang in the
#          packages and crates; files with a shell shebang (sh, bash, dash, zsh, ksh, mksh,
#          directly or through env) in $SHELL_DIRS, at most 2 MB, not symlinks, not named
#          *.py *.pl *.rb ... (a #!/bin/sh line that execs python is a Python file by name)
# A file with the same bytes as one already taken (same language) is dropped.
# Also collected, with no reference and not checked: README.md and docs/*.md of the PyPI
# and npm packages, copied into $FP_CACHE/markdown/<corpus>/<unit>/ (index.tsv there).
#
# Reference verdicts (scripts/fp/ref-config.py), cached in $FP_CACHE/ref/{yaml,toml,shell}.tsv
# keyed by path, size and mtime, with the reference's message:
#   yaml   ruamel.yaml $RUAMEL_VERSION, YAML(typ='rt') loading every document: YAML 1.2,
#          a key given twice in one mapping is an error. PyYAML $PYYAML_VERSION's verdict
#          (YAML 1.1, any tag accepted, duplicate keys rejected) is recorded for
#          information. Both are pip-installed into a venv in the cache directory.
#          Templated files ({{ ... }}) are whatever the reference says they are.
#   toml   Python's tomllib (needs python3 >= 3.11)
#   shell  #!/bin/sh, #!/bin/dash and .sh without a shebang: `dash -n`; bash: `bash -n`;
#          zsh / ksh: `zsh -n` / `ksh -n` when installed, else "no reference". `bash -n` is
#          recorded for every file, for information (#!/bin/sh scripts with bashisms).
# gencheck: `gencheck check --format json --no-diff` on the files under their own names,
# 300 a run; files it knows no language for (language null: Cargo.toml.orig, Cargo.lock,
# odd shebangs) are checked again with --lang yaml|toml|shell where the binary has that
# language, and counted as `forced`. A file is gencheck-rejected when gencheck does not
# accept it. While a language has no backend gencheck answers unknown-language and accepts
# every file (column `unparsed`): 0 rejections, every reference rejection a miss.
# Output: per language and corpus files, MB, reference-rejected, gencheck-rejected, false
# positives (gencheck rejects, reference accepts) and misses (reference rejects, gencheck
# accepts); the same by kind (YAML), file name (TOML), interpreter (shell); then every false
# positive and every file the reference rejects, with the reference's message and
# gencheck's error findings.
#
# Environment: GENCHECK=path (default target/release/gencheck, built if missing unless
# FP_NO_BUILD=1, which skips the gencheck step instead), FP_CACHE=dir (downloads, the venv,
# the Markdown files and the reference verdicts go there and stay for the next run; default
# a temporary directory), FP_KEEP=1 keeps the temporary directory, JOBS=n parallel reference
# processes (default nproc), SHELL_DIRS="dir ..." where system shell scripts are looked for,
# TUNE_PERCENT=n (40), FP_REF_TIMEOUT=seconds one reference may take on one file (300; a
# file past it has no reference verdict, and that is cached too), CARGO_HOME. Needs python3 >= 3.11, pip, npm, jq, bash, dash, tar.
# Exit 0 when the measurement ran.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GENCHECK=${GENCHECK:-$ROOT/target/release/gencheck}
if [[ ! -x $GENCHECK ]]; then
    if [[ ${FP_NO_BUILD:-0} == 1 ]]; then
        echo "no gencheck binary at $GENCHECK: the gencheck step is skipped" >&2
        GENCHECK=
    else
        (cd "$ROOT" && cargo build --release --locked)
    fi
fi
JOBS=${JOBS:-$(nproc)}
HELP=$ROOT/scripts/fp
PY=${PYTHON:-python3}
"$PY" -c 'import sys, tomllib' 2>/dev/null || { echo "needs python3 >= 3.11 (tomllib)" >&2; exit 2; }
if [[ -n ${FP_CACHE:-} ]]; then
    mkdir -p "$FP_CACHE"
    CACHE=$(cd "$FP_CACHE" && pwd)
else
    CACHE=$(mktemp -d)
    [[ ${FP_KEEP:-0} == 1 ]] && echo "temp dir: $CACHE" || trap 'rm -rf "$CACHE"' EXIT
fi
RUN=$CACHE/run
rm -rf "$RUN"
mkdir -p "$RUN/gc" "$CACHE/ref" "$CACHE/pkgs/pypi" "$CACHE/pkgs/npm"
START=$SECONDS
phase() { echo "[$((SECONDS - START))s] $*" >&2; }

RUAMEL_VERSION=0.19.1  # the YAML reference
PYYAML_VERSION=6.0.4   # information only
PYPI=(
    ansible==12.3.0               # ~90 collections (a unit each): playbooks, roles, k8s, compose,
                                  # Helm charts, GitHub workflows, changelogs (52 MB)
    ansible-core==2.19.14         # test/integration: thousands of playbooks, runme.sh
    ansible-lint==26.10.1         # examples (some invalid on purpose), workflows, docs
    ansible-builder==3.2.0
    ansible-compat==26.10.0
    ansible-creator==26.10.0      # project scaffolds: workflows, devcontainer, docs
    ansible-navigator==26.10.0
    ansible-runner==2.4.3
    molecule==26.10.0
    kapitan==0.36.3               # Helm charts, Kubernetes manifests, shell
    cfn-lint==1.58.0              # CloudFormation templates (!Ref, !Sub tags)
    openapi-spec-validator==0.9.0 # OpenAPI specs
    openapi-core==0.23.1
    prance==26.7.19.0
    schemathesis==4.32.5          # OpenAPI specs, many pyproject.toml
    mkdocs==1.6.1
    mkdocs-material==9.8.2
    pre-commit==4.7.0
    yamllint==1.38.0
    kopf==1.45.2                  # Kubernetes examples
    kr8s==0.20.15
    check-jsonschema==0.39.0
    copier==9.19.1
    cookiecutter==2.7.1
    tutor==22.0.3                 # docker-compose and k8s (Jinja-templated .yml)
    jupyterhub==6.1.1
    pytest==9.2.0
    pluggy==1.7.0
    coverage==7.17.5
    jsonschema==4.26.0
    nox==2026.10.20
    pip-tools==7.6.2
    twine==7.0.0
    poetry==2.5.1                 # ~110 pyproject.toml test fixtures
    pylint==4.1.4
    sphinx==9.0.4
    hatch==1.18.2
    pydantic==2.14.4
    fastapi==0.165.0
    httpx==0.28.1
    dbt-core==1.12.6
    connexion==3.3.0
)
NPM=(
    serverless@3.40.0             # serverless.yml templates, ~400 docs .md
    cdk8s-plus-28@2.5.6
    docusaurus-plugin-openapi-docs@5.2.0
    qs@6.17.1
)

fetch_pypi() {
    for p in "$@"; do
        local d="$CACHE/pkgs/pypi/$p"
        [[ -e $d/.done ]] && continue
        rm -rf "$d" "$d.dl"; mkdir -p "$d" "$d.dl"
        phase "  pip download $p"
        if pip download -q --no-binary :all: --no-deps -d "$d.dl" "$p" >/dev/null 2>"$d.err"; then
            local a
            for a in "$d.dl"/*; do
                case $a in
                    *.zip) "$PY" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$a" "$d" ;;
                    *) tar xf "$a" -C "$d" ;;
                esac
            done
            touch "$d/.done"
            rm -rf "$d.dl" "$d.err"
        else
            echo "could not fetch $p: $(tail -1 "$d.err")" >&2
        fi
    done
}
# GitHub repositories at a pinned commit: from a local mirror when one is there
# ($FP_GITHUB/<owner>+<name>/repo, the layout of /work/.mirror), else GitHub's tarball.
GITHUB=(
    kubernetes/examples@279e8e4fe314f6cb7bc55fa3fbc21bbeaa48c0ea       # Kubernetes manifests
    docker/awesome-compose@18f59bdb09ecf520dd5758fbf90dec314baec545    # compose files
    actions/starter-workflows@1035244887e26fbbd4f1017d919fb5995cc521c4 # GitHub Actions workflows
)
fetch_github() {
    for p in "$@"; do
        local repo=${p%@*} commit=${p#*@}
        local d="$CACHE/pkgs/github/$(echo "$repo" | tr '/' '+')@$commit"
        [[ -e $d/.done ]] && continue
        rm -rf "$d"; mkdir -p "$d"
        local mirror="${FP_GITHUB:-/work/.mirror}/$(echo "$repo" | tr '/' '+')/repo"
        if [[ -d $mirror ]] && git --git-dir="$mirror" cat-file -e "$commit^{commit}" 2>/dev/null; then
            git --git-dir="$mirror" archive "$commit" | tar x -C "$d"
        elif ! curl -fsSL "https://codeload.github.com/$repo/tar.gz/$commit" | tar xz -C "$d" --strip-components=1; then
            echo "could not fetch $p" >&2
            continue
        fi
        touch "$d/.done"
    done
}
fetch_npm() {
    for p in "$@"; do
        local d="$CACHE/pkgs/npm/$(echo "$p" | tr '/' '+')"
        [[ -e $d/.done ]] && continue
        rm -rf "$d"; mkdir -p "$d"
        if (cd "$d" && npm pack --silent "$p" >/dev/null 2>&1 && tar xzf ./*.tgz && rm -f ./*.tgz); then
            touch "$d/.done"
        else
            echo "could not fetch $p" >&2
        fi
    done
}
phase "fetching packages into $CACHE/pkgs"
fetch_pypi "${PYPI[@]}"
fetch_npm "${NPM[@]}"
fetch_github "${GITHUB[@]}"

VENV=$CACHE/venv
if ! "$VENV/bin/python" -c "
import sys, ruamel.yaml, yaml
sys.exit(not (ruamel.yaml.__version__ == '$RUAMEL_VERSION' and yaml.__version__ == '$PYYAML_VERSION'))" 2>/dev/null; then
    phase "installing ruamel.yaml==$RUAMEL_VERSION pyyaml==$PYYAML_VERSION into $VENV"
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
    "$VENV/bin/pip" install -q "ruamel.yaml==$RUAMEL_VERSION" "pyyaml==$PYYAML_VERSION" >/dev/null
fi

phase "collecting the corpora"
"$PY" "$HELP/config-report.py" collect "$CACHE" "$RUN"

# reference LANG FIELDS BATCH PYTHON
reference() {
    local lang=$1 fields=$2 batch=$3 py=$4
    cat "$RUN/$lang.tune.list" "$RUN/$lang.holdout.list" > "$RUN/$lang.all"
    "$PY" "$HELP/config-report.py" todo "$CACHE/ref/$lang.tsv" "$fields" "$RUN/$lang.all" > "$RUN/$lang.todo"
    phase "reference ($lang): $(wc -l < "$RUN/$lang.all") files, $(wc -l < "$RUN/$lang.todo") not cached, $JOBS at a time"
    tr '\n' '\0' < "$RUN/$lang.todo" | xargs -0 -r -P "$JOBS" -n "$batch" "$py" "$HELP/ref-config.py" "$lang" \
        | "$PY" "$HELP/config-report.py" stamp >> "$CACHE/ref/$lang.tsv"
}
reference yaml 6 200 "$VENV/bin/python"
reference toml 3 500 "$PY"
reference shell 6 100 "$PY"

if [[ -n $GENCHECK ]]; then
    printf 'a = 1\n' > "$RUN/probe"
    for lang in yaml toml shell; do
        # does this binary take --lang $lang? (an unknown name exits 2)
        forced_ok=0
        if "$GENCHECK" check --lang "$lang" --format json --no-diff "$RUN/probe" > /dev/null 2>&1 \
            || [[ $? == 1 ]]; then
            forced_ok=1
        fi
        for c in tune holdout; do
            phase "gencheck on $lang/$c ($(wc -l < "$RUN/$lang.$c.list") files)"
            out=$RUN/$lang.$c.gencheck.jsonl
            filter='.files[] | {path, language, accepted, forced: $forced,
                  unknown: any(.findings[]; .rule == "unknown-language"),
                  errors: [.findings[] | select(.severity == "error")
                           | {rule, message, line: .span.start.line?, col: .span.start.column?}]}'
            (cd "$RUN/gc" && tr '\n' '\0' < "$RUN/$lang.$c.list" \
                | xargs -0 -r -n 300 "$GENCHECK" check --format json --no-diff 2> "$RUN/$lang.$c.gencheck.err" \
                | jq -c --argjson forced false "$filter" > "$out") || true
            # no language known for the name: again with --lang (a detection gap, counted)
            jq -r 'select(.language == null) | .path' "$out" > "$RUN/$lang.$c.unnamed"
            if [[ $forced_ok == 1 && -s $RUN/$lang.$c.unnamed ]]; then
                phase "  again with --lang $lang: $(wc -l < "$RUN/$lang.$c.unnamed") files gencheck knew no language for"
                (cd "$RUN/gc" && tr '\n' '\0' < "$RUN/$lang.$c.unnamed" \
                    | xargs -0 -r -n 300 "$GENCHECK" check --lang "$lang" --format json --no-diff \
                        2>> "$RUN/$lang.$c.gencheck.err" \
                    | jq -c --argjson forced true "$filter" >> "$out") || true
            fi
        done
    done
fi
phase "done"
echo "corpora: $CACHE/pkgs and the crates and system files named below; reference: ruamel.yaml $RUAMEL_VERSION" \
    "(PyYAML $PYYAML_VERSION for information), $("$PY" --version) tomllib," \
    "$(dpkg-query -W -f '${Package} ${Version}, ' dash bash 2>/dev/null)zsh: $(command -v zsh || echo none)," \
    "ksh: $(command -v ksh || command -v mksh || echo none); gencheck: ${GENCHECK:-not run}"
echo "PyPI: ${PYPI[*]}"
echo "npm: ${NPM[*]}"
cat "$RUN/collect.txt"
echo
"$PY" "$HELP/config-report.py" report "$RUN" "$CACHE"
echo
echo "took $((SECONDS - START)) s"
