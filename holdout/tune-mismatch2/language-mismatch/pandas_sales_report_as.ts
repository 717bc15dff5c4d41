import pandas as pd
import numpy as np


def load_sales(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["order_date"])
    df["revenue"] = df["quantity"] * df["unit_price"]
    df = df.dropna(subset=["region"])
    return df


def monthly_summary(df: pd.DataFrame) -> pd.DataFrame:
    summary = (
        df.groupby([pd.Grouper(key="order_date", freq="M"), "region"])
        .agg(orders=("order_id", "nunique"), revenue=("revenue", "sum"))
        .reset_index()
    )
    summary["avg_order_value"] = np.where(
        summary["orders"] > 0, summary["revenue"] / summary["orders"], 0
    )
    return summary


def top_products(df: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    return (
        df.groupby("product_name")["revenue"]
        .sum()
        .sort_values(ascending=False)
        .head(n)
        .to_frame(