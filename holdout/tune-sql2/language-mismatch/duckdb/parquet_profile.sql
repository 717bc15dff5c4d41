import duckdb
import pandas as pd

con = duckdb.connect("analytics.duckdb")

trips = con.sql("""
    SELECT pickup_zone, dropoff_zone, fare_amount, trip_minutes
    FROM read_parquet('data/trips/*.parquet')
    WHERE fare_amount > 0
""").df()

summary = (
    trips.groupby("pickup_zone")
    .agg(trips=("fare_amount", "size"), avg_fare=("fare_amount", "mean"))
    .sort_values("trips", ascending=False)
    .head(20)
)

con.register("summary_df", summary.reset_index())
con.sql("CREATE OR REPLACE TABLE zone_summary AS SELECT * FROM summary_df")
print(summary.to_string())
con.close()
