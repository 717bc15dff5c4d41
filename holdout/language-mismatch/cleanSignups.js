import sys
from pathlib import Path

import pandas as pd


def load(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["signed_up_at"])
    df["email"] = df["email"].str.strip().str.lower()
    return df.drop_duplicates(subset="email", keep="first")


def weekly_counts(df: pd.DataFrame) -> pd.Series:
    return df.set_index("signed_up_at").resample("W")["email"].count()


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} signups.csv", file=sys.stderr)
        return 2
    df = load(Path(argv[1]))
    for week, count in weekly_counts(df).items():
        print(f"{week:%Y-%m-%d}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
