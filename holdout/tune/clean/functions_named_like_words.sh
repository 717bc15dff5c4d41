#!/usr/bin/env bash
set -euo pipefail

Info() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
Warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }

Info "Checking the toolchain"
command -v cargo >/dev/null || Warn "cargo is not installed"
Info "Building the release"
cargo build --release
Info "Done"
