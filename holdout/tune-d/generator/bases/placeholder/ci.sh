#!/usr/bin/env bash
# Entry point used by the CI runner.
set -euxo pipefail

export CARGO_TERM_COLOR=always
export RUSTFLAGS="-D warnings"

rustup show active-toolchain
cargo --version

cargo fmt --all -- --check
cargo clippy --all-targets --all-features
cargo test --all-features --no-fail-fast

if [[ "${CI_COMMIT_BRANCH:-}" == "main" ]]; then
  cargo build --release
  mkdir -p artifacts
  cp target/release/gencheck artifacts/
  sha256sum artifacts/* > artifacts/SHA256SUMS
fi
