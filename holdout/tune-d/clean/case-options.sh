#!/bin/bash
set -u

verbose=0
color=auto
files=()

for arg in "$@"; do
  case "$arg" in
    -v|--verbose)
      verbose=1
      ;;
    --color=*)
      color="${arg#--color=}"
      ;;
    -*)
      # other options are ignored (kept for compatibility with the old CLI)
      ;;
    *)
      files+=("$arg")
      ;;
  esac
done

(( verbose )) && echo "color=$color files=${#files[@]}"
for f in "${files[@]}"; do
  wc -l "$f"
done
