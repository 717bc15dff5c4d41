#!/usr/bin/env bash
set -euo pipefail

import csv
import sys
from collections import Counter

counts = Counter()
with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        counts[row["status"]] += 1

for status, n in counts.most_common():
    print(f"{status:<12} {n}")
