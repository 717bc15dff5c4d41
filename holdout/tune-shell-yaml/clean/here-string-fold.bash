#!/usr/bin/env bash
set -euo pipefail

message="Sure, the maintenance window starts at 22:00 UTC. During this time the API will return 503 for write requests. Reads keep working. Let me know if you need anything else from the platform team."

fold -s -w 72 <<< "$message" | mail -s "Maintenance tonight" engineering@example.com
echo "announcement sent"
