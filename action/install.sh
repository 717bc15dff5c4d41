#!/usr/bin/env bash
# The GitHub Action's install step (action.yml runs it; tests/it/wheel.rs runs
# it too, with a wheel it built). In order:
#   GENCHECK_WHEEL set   pip-install that wheel (a path, a URL, or a requirement
#                        such as `gencheck==0.1.0` once on PyPI) into a venv of its
#                        own, and put the venv's bin/ on the job's PATH;
#   gencheck on PATH     use it as it is;
#   otherwise            build from GENCHECK_SRC (the action's source; at
#                        GENCHECK_VERSION, a tag or commit, when set) with cargo.
# Appends to $GITHUB_PATH when set (the job's PATH for later steps).
set -euo pipefail
if [[ -n "${GENCHECK_WHEEL:-}" ]]; then
    venv="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/gencheck-venv"
    "${PYTHON:-python3}" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check "$GENCHECK_WHEEL"
    export PATH="$venv/bin:$PATH"
    if [[ -n "${GITHUB_PATH:-}" ]]; then
        echo "$venv/bin" >>"$GITHUB_PATH"
    fi
elif ! command -v gencheck >/dev/null; then
    sudo apt-get update -qq && sudo apt-get install -y -qq libclang-dev >/dev/null
    src="${GENCHECK_SRC:?GENCHECK_SRC: the directory of the action source}"
    if [[ -n "${GENCHECK_VERSION:-}" ]]; then
        git -C "$src" fetch -q --depth 1 origin "$GENCHECK_VERSION" && git -C "$src" checkout -q FETCH_HEAD
    fi
    cargo install --locked --path "$src"
fi
gencheck --version
