#!/usr/bin/env bash
set -euo pipefail

PROJECT="acme-analytics"
DATASET="events"
DAY="${1:-$(date -u +%Y%m%d)}"

bq --project_id="$PROJECT" load \
  --source_format=NEWLINE_DELIMITED_JSON \
  --time_partitioning_field=event_ts \
  --replace \
  "${DATASET}.app_events\$${DAY}" \
  "gs://acme-raw-events/app/${DAY}/*.json.gz" \
  ./schemas/app_events.json

bq --project_id="$PROJECT" query --use_legacy_sql=false --format=prettyjson \
  "SELECT event_name, COUNT(*) AS n FROM \`${PROJECT}.${DATASET}.app_events\` WHERE DATE(event_ts) = PARSE_DATE('%Y%m%d', '${DAY}') GROUP BY 1 ORDER BY n DESC"

echo "loaded ${DAY}"
