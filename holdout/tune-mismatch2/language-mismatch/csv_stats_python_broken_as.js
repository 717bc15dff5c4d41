import csv
import statistics
import sys


def column(path, name):
    with open(path, newline="") as fh:
        return [float(row[name] for row in csv.DictReader(fh) if row[name]]


if __name__ == "__main__":
    values = column(sys.argv[1], sys.argv[2])
    print(f"n={len(values)}")
    print(f"mean={statistics.mean(values):.3f}")
    print(f"median={statistics.median(values):.3f}")
    print(f"stdev={statistics.stdev(values):.3f}")
