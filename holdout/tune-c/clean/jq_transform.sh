#!/usr/bin/env bash
# Convert the GitHub releases API response into a CSV and a summary JSON.
set -euo pipefail

REPO=${1:-cli/cli}
RAW=$(curl -fsSL "https://api.github.com/repos/$REPO/releases?per_page=50")

echo "tag,published,assets,downloads" > releases.csv
jq -r '
  .[]
  | select(.draft | not)
  | [ .tag_name,
      (.published_at | fromdateiso8601 | strftime("%Y-%m-%d")),
      (.assets | length),
      ([.assets[].download_count] | add // 0) ]
  | @csv
' <<<"$RAW" >> releases.csv

jq '{
  repo: $repo,
  releases: length,
  total_downloads: ([.[].assets[].download_count] | add // 0),
  latest: (.[0].tag_name)
}' --arg repo "$REPO" <<<"$RAW" > summary.json

awk -F, 'NR > 1 { n += $4 } END { printf "%d downloads across %d releases\n", n, NR - 1 }' releases.csv
