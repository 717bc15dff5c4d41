import pandas as pd


def load_sales(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["order_date"])
    df = df.dropna(subset=["customer_id", "amount"])
    df["amount"] = df["amount"].astype(float)
    return df


def build_report(df: pd.DataFrame, freq: str = "M") -> pd.DataFrame:
    if df.empty:
        return pd.DataFrame(columns=["period", "revenue", "orders", "aov"])

    # Group by the requested period instead of always using months
    grouped = df.groupby(pd.Grouper(key="order_date", freq=freq))
    report = grouped.agg(revenue=("amount", "sum"), orders=("order_id", "nunique"))
    report["aov"] = report["revenue"] / report["orders"]

    # rest of the function unchanged
    return report


def export_report(report: pd.DataFrame, path: str) -> None:
    report.to_csv(path, index=True, float_format="%.2f")
