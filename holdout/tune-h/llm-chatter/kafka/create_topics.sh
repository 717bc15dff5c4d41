#!/usr/bin/env bash
set -euo pipefail

BOOTSTRAP=${BOOTSTRAP:-localhost:9092}
KAFKA_BIN=${KAFKA_BIN:-/opt/kafka/bin}

First, wait until the broker is reachable:

until "$KAFKA_BIN/kafka-broker-api-versions.sh" --bootstrap-server "$BOOTSTRAP" >/dev/null 2>&1; do
  echo "waiting for kafka at $BOOTSTRAP..."
  sleep 2
done

Now, let's create the topics with the right partition counts and retention:

create_topic() {
  local name=$1 partitions=$2 retention_ms=$3
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" \
    --create --if-not-exists \
    --topic "$name" \
    --partitions "$partitions" \
    --replication-factor "${REPLICATION:-1}" \
    --config retention.ms="$retention_ms"
}

create_topic orders.created 12 604800000
create_topic orders.paid 12 604800000
create_topic payments.events 6 1209600000
create_topic audit.log 3 -1

"$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --list

Note that `--if-not-exists` makes the script safe to re-run, and `retention.ms=-1` keeps the audit log forever.
