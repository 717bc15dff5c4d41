#!/usr/bin/env bash
set -euo pipefail

explanation() {
    local code=$1
    case "$code" in
        0) echo "Everything is fine." ;;
        1) echo "Here is the problem: the config file is missing." ;;
        2) echo "The database is not reachable. Is the VPN up?" ;;
        *) echo "Unknown status $code. Please open an issue." ;;
    esac
}

./bin/doctor || status=$?
explanation "${status:-0}"
exit "${status:-0}"
