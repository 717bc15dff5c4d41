#!/usr/bin/env bash
set -euo pipefail

prog=$(basename "$0")

cat <<USAGE
usage: $prog [options] <file>...

Convert one or more Markdown files to HTML.

options:
  -o DIR      write output to DIR (default: ./out)
  -t NAME     template to use: default, slides, print
  -w          watch the inputs and rebuild on change
  -h          show this help

Files are processed in order (chapter-01.md, chapter-02.md, and so on).
USAGE
