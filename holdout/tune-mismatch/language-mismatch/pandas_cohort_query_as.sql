import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("postgresql://analyst@warehouse/analytics")

signups = pd.read_sql(
    "SELECT user_id, date_trunc('month', created_at) AS cohort FROM users",
    engine,
    parse_dates=["cohort"],
)
activity = pd.read_sql(
    "SELECT user_id, date_trunc('month', occurred_at) AS month FROM events GROUP BY 1, 2",
    engine,
    parse_dates=["month"],
)

df = activity.merge(signups, on="user_id")
df["period"] = (df["month"].dt.year - df["cohort"].dt.year) * 12 + (
    df["month"].dt.month - df["cohort"].dt.month
)
cohorts = df.pivot_table(index="cohort", columns="period", values="user_id", aggfunc="nunique")
retention = cohorts.divide(cohorts[0], axis=0).round(3)
retention.to_csv("retention.csv")
print(retention.iloc[:12, :12].to_string(float_format=lambda v: f"{v:.0%}"