#!/bin/sh
# wait until the API answers, for at most 60 seconds

url=${HEALTH_URL:-http://localhost:8080/healthz}
tries=0

while ! wget -q -O /dev/null "$url"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 60 ]; then
        echo "service did not become healthy" >&2
        exit 1
    fi
    sle