#!/usr/bin/env bash
set -euo pipefail

verbose=0
output=""
declare -a includes=()

usage() {
  cat <<USAGE
usage: ${0##*/} [-v] [-o FILE] [-I DIR]... SOURCE...
USAGE
}

while getopts ":vo:I:h" opt; do
  case "$opt" in
    v) verbose=$(( verbose + 1 )) ;;
    o) output="$OPTARG" ;;
    I) includes+=("-I" "$OPTARG") ;;
    h) usage; exit 0 ;;
    :) echo "option -$OPTARG needs an argument" >&2; exit 2 ;;
    \?) echo "unknown option -$OPTARG" >&2; usage >&2; exit 2 ;;
  esac
done
shift $(( OPTIND - 1 ))

(( $# > 0 )) || { usage >&2; exit 2; }

case "${1##*.}" in
  c|h) lang=c ;;&
  c) echo "compiling C" ;;
  cpp|cc|hpp) lang=cxx ;;
  *) lang=unknown ;;
esac

(( verbose )) && echo "lang=${lang} output=${output:-a.out} includes=${includes[*]:-none}" >&2
exec cc "${includes[@]}" -o "${output:-a.out}" "$@"
