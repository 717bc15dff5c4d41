#!/usr/bin/env bash
# Reference verdicts for JavaScript files from Node's own parser (helper of scripts/fp-js.sh).
#
#   bash scripts/fp/node-check.sh FILE...
#
# Prints one tab-separated line per FILE:
#   path  verdict  mode  line:col  message
# mode is the module kind node parses the file as:
#   esm         .mjs, or .js under a package.json with "type": "module"  (`node --check FILE`)
#   cjs         .cjs, or .js under a package.json with "type": "commonjs" (`node --check FILE`)
#   detect:cjs  .js under a package.json without "type": node's module-syntax detection,
#   detect:esm  done here as `node --input-type=commonjs --check < FILE` and
#               `--input-type=module`, accepted when either parses (ESM is tried first
#               where a line starts with import/export, so a file valid both ways may be
#               labelled esm): `node --check FILE` itself cannot be trusted there, node
#               20.19+ answers 0 without parsing any further once it has seen module
#               syntax (`import x from "y"; let z = ;` passes)
# verdict: ok              node accepts the file
#          other-mode:esm  node rejects it in the mode its package.json says, but it parses
#          other-mode:cjs  as the other module kind (`node --input-type=... --check < FILE`):
#                          sources in a package of the other "type", for bundlers only
#          rejected        node rejects it in every mode its extension allows
# line:col and message are node's first error (empty when ok).
set -uo pipefail

pkgtype() { # file -> esm | cjs | detect, from the nearest package.json's "type"
    local d
    d=$(dirname "$1")
    while :; do
        if [[ -f $d/package.json ]]; then
            case $(jq -r '.type? // ""' "$d/package.json" 2>/dev/null) in
                module) echo esm ;;
                commonjs) echo cjs ;;
                *) echo detect ;;
            esac
            return
        fi
        [[ $d == / || $d == . ]] && { echo detect; return; }
        d=$(dirname "$d")
    done
}

# node's error report: "FILE:LINE", the source line, a caret line, ..., "SyntaxError: msg"
where() { # node stderr on stdin -> "line:col<TAB>message"
    awk '
        !l && /^(\/.*|\[stdin\]):[0-9]+$/ { n = split($0, a, ":"); l = a[n]; want = 2; next }
        want == 2 { want = 1; next }
        want == 1 { c = index($0, "^"); want = 0; next }
        !m && /^[A-Za-z]*Error( \[[A-Z_]+\])?: / { m = $0 }
        END { gsub(/\t/, " ", m); printf "%s:%s\t%s\n", (l ? l : "?"), (c ? c : "?"), substr(m, 1, 300) }
    '
}

# CommonJS errors that only say "this is module syntax"
ESM_ONLY="import statement outside a module|Unexpected token 'export'|import\.meta|await is only valid"

for f in "$@"; do
    case $f in
        *.mjs) mode=esm ;;
        *.cjs) mode=cjs ;;
        *) mode=$(pkgtype "$f") ;;
    esac
    if [[ $mode == detect ]]; then
        # a file that parses either way is accepted, so the order only saves a process:
        # ESM first where a line starts with import/export
        order=(commonjs module)
        grep -qE '^(import|export)[[:space:]{*]' "$f" && order=(module commonjs)
        declare -A err=()
        verdict=rejected
        for m in "${order[@]}"; do
            if err[$m]=$(node --input-type=$m --check < "$f" 2>&1); then
                verdict=$m
                break
            fi
        done
        case $verdict in
            commonjs) printf '%s\tok\tdetect:cjs\t\t\n' "$f" ;;
            module) printf '%s\tok\tdetect:esm\t\t\n' "$f" ;;
            *)  # node's detection: CommonJS, unless that fails on module syntax
                if grep -qE "$ESM_ONLY" <<< "${err[commonjs]}"; then
                    printf '%s\trejected\tdetect:esm\t%s\n' "$f" "$(where <<< "${err[module]}")"
                else
                    printf '%s\trejected\tdetect:cjs\t%s\n' "$f" "$(where <<< "${err[commonjs]}")"
                fi ;;
        esac
        unset err
        continue
    fi
    if out=$(node --check "$f" 2>&1); then
        printf '%s\tok\t%s\t\t\n' "$f" "$mode"
        continue
    fi
    err=$(where <<< "$out")
    verdict=rejected
    case $f in
        *.mjs | *.cjs) ;;
        *)
            alt=module; [[ $mode == esm ]] && alt=commonjs
            if node --input-type=$alt --check < "$f" > /dev/null 2>&1; then
                [[ $alt == module ]] && verdict=other-mode:esm || verdict=other-mode:cjs
            fi
            ;;
    esac
    printf '%s\t%s\t%s\t%s\n' "$f" "$verdict" "$mode" "$err"
done
