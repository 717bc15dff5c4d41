#!/usr/bin/env bash
set -euo pipefail

cargo fmt --all -- --check
cargo clippy --all-targets --all-features -- -D warnings
cargo test --all-features --workspace
cargo doc --no-deps --workspace

if [ "${CI:-}" = "true" ]; then
  cargo install cargo-audit --locked
  cargo audit
fi

This script does the following:
1. Checks formatting with rustfmt
2. Runs clippy with warnings as errors
3. Runs the full test suite and builds the docs
4. Runs cargo-audit on CI