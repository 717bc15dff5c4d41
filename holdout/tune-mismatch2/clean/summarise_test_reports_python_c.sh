#!/usr/bin/env bash
# Summarise a directory of JSON test reports. Needs only python3.
set -euo pipefail

report_dir="${1:-reports}"

python3 -c '
import json
import sys
from pathlib import Path

root = Path(sys.argv[1])
totals = {"passed": 0, "failed": 0, "skipped": 0}
slowest = []
for path in sorted(root.glob("*.json")):
    data = json.loads(path.read_text())
    for case in data.get("tests", []):
        outcome = case.get("outcome", "failed")
        totals[outcome] = totals.get(outcome, 0) + 1
        slowest.append((case.get("duration", 0.0), case["nodeid"]))

slowest.sort(reverse=True)
print("{passed} passed / {failed} failed / {skipped} skipped".format(**totals))
print("slowest:")
for duration, nodeid in slowest[:5]:
    print(f"  {duration:7.2f}s  {nodeid}")
sys.exit(1 if totals["failed"] else 0)
' "$report_dir"
