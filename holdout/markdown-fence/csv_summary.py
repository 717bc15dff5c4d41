```
import csv
import sys
from collections import defaultdict
from decimal import Decimal


def summarize(path):
    totals = defaultdict(Decimal)
    counts = defaultdict(int)
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            region = row["region"].strip() or "unknown"
            totals[region] += Decimal(row["amount"])
            counts[region] += 1
    return totals, counts


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} FILE.csv", file=sys.stderr)
        return 2
    totals, counts = summarize(argv[1])
    for region in sorted(totals):
        avg = totals[region] / counts[region]
        print(f"{region:<12} {counts[region]:>6} {totals[region]:>12.2f} {avg:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
```
