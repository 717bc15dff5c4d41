#!/usr/bin/env bash
set -euo pipefail
IFS=$'\n\t'

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

rm -rf build
mkdir build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure

### How it works

- `set -euo pipefail` makes the script stop on the first error.
- `ROOT` is resolved relative to the script so it works from any directory.
- `ctest` runs the test suite after the build.
