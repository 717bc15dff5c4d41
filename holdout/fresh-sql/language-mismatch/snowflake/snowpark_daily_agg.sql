from snowflake.snowpark import Session
from snowflake.snowpark.functions import col, sum as sum_, to_date


def main(session: Session) -> str:
    orders = session.table("COMMERCE.MART.ORDERS")
    daily = (
        orders.filter(col("STATUS") == "COMPLETE")
        .with_column("ORDER_DAY", to_date(col("ORDER_TS")))
        .group_by("ORDER_DAY", "STORE_ID")
        .agg(sum_("NET_REVENUE").alias("REVENUE"))
    )
    daily.write.mode("overwrite").save_as_table("COMMERCE.MART.DAILY_STORE_REVENUE")
    return f"wrote {daily.count()} rows"
