#!/usr/bin/env bash
# Summarise an nginx access log and a JSON application log.
set -euo pipefail

ACCESS_LOG=${1:-/var/log/nginx/access.log}
APP_LOG=${2:-/var/log/app/app.jsonl}

echo "== Top 10 paths by request count =="
awk '{ split($7, p, "?"); count[p[1]]++ } END { for (k in count) printf "%7d %s\n", count[k], k }' "$ACCESS_LOG" \
  | sort -rn | head -10

echo "== Status code distribution =="
awk '{
  code = $9
  bucket = substr(code, 1, 1) "xx"
  n[bucket]++
  total++
}
END {
  for (b in n) printf "%s %6d (%.1f%%)\n", b, n[b], 100 * n[b] / total
}' "$ACCESS_LOG" | sort

echo "== Slowest endpoints (p95 ms) from app log =="
jq -r 'select(.msg == "request finished") | [.route, .duration_ms] | @tsv' "$APP_LOG" \
  | sort -k1,1 -k2,2n \
  | awk -F'\t' '
      { vals[$1] = vals[$1] " " $2; cnt[$1]++ }
      END {
        for (r in vals) {
          split(substr(vals[r], 2), a, " ")
          idx = int(cnt[r] * 0.95); if (idx < 1) idx = 1
          printf "%8.1f %s\n", a[idx], r
        }
      }' | sort -rn | head -5

echo "== Errors by type =="
jq -r 'select(.level == "error") | .error.type // "unknown"' "$APP_LOG" | sort | uniq -c | sort -rn
