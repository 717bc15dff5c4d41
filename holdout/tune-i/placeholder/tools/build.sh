#!/usr/bin/env bash
set -eu

VERBOSE=0
TARGET="release"

usage() {
  cat <<EOF
usage: $0 [-h] [-v] [-d] [-o DIR]
  -h        show this help
  -v        verbose output
  -d        debug build
  -o DIR    output directory (default: ./dist)
EOF
}

while getopts "hvdo:" opt; do
  case "$opt" in
    h) usage; exit 0 ;;
    d) TARGET="debug" ;;
    # The -v and -o branches are the same as in your version: -v sets VERBOSE=1
    # and -o stores $OPTARG in OUTPUT_DIR.
    *) usage >&2; exit 1 ;;
  esac
done
shift $((OPTIND - 1))

mkdir -p "$OUTPUT_DIR"
[ "$VERBOSE" -eq 1 ] && set -x
cargo build --profile "$TARGET" --target-dir "$OUTPUT_DIR/target"
cp "$OUTPUT_DIR/target/$TARGET/app" "$OUTPUT_DIR/"
