#!/usr/bin/env bash
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: deploy.sh [options] <environment>

Here's what this script does:
  1. Builds the container image for the current commit.
  2. Pushes it to the registry.
  3. Updates the deployment and waits for the rollout.

Options:
  -n, --dry-run   Print what would be done, but don't do it.
  -h, --help      Show this help and exit.

Let me know (#platform on Slack) if something doesn't work.
EOF
}

DRY_RUN=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n|--dry-run) DRY_RUN=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
        *) break ;;
    esac
done

if [[ $# -ne 1 ]]; then
    usage >&2
    exit 2
fi

echo "deploying to $1 (dry run: $DRY_RUN)"
