#!/bin/sh
# POSIX helpers shared by the install scripts.

confirm() {
  printf '%s [y/N] ' "$1"
  read -r answer
  case "$answer" in
    [Yy] | [Yy][Ee][Ss]) return 0 ;;
    *) return 1 ;;
  esac
}

strip_ext() {
  file="${1##*/}"
  printf '%s\n' "${file%%.*}"
}

has() {
  command -v "$1" >/dev/null 2>&1
}

if confirm "Remove build artefacts in ./dist?"; then
  for f in dist/*; do
    [ -e "$f" ] || continue
    echo "removing $(strip_ext "$f")"
    rm -rf "$f"
  done
fi
has docker && docker image prune -f >/dev/null
