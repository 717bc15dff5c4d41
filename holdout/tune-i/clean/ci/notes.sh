#!/bin/sh
# Unchanged since v2: prints the release notes header used by the changelog job.
set -eu

version="${1:?version required}"

echo "## Release ${version}"
echo
echo "Note: this release requires running database migrations."
echo "Changes:"
git log --pretty='- %s' "$(git describe --tags --abbrev=0 HEAD^)..HEAD"
