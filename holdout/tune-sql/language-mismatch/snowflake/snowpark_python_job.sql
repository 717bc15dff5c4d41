from snowflake.snowpark import Session
from snowflake.snowpark.functions import col, sum as sum_

import os

connection_parameters = {
    "account": os.environ["SNOWFLAKE_ACCOUNT"],
    "user": os.environ["SNOWFLAKE_USER"],
    "authenticator": "externalbrowser",
    "warehouse": "TRANSFORM_WH",
    "database": "ANALYTICS",
    "schema": "MART",
}

session = Session.builder.configs(connection_parameters).create()

orders = session.table("ANALYTICS.CORE.FCT_ORDERS")
daily = (
    orders.filter(col("STATUS") == "complete")
    .group_by(col("ORDER_DATE"))
    .agg(sum_(col("NET_REVENUE")).alias("REVENUE"))
)
daily.write.mode("overwrite").save_as_table("ANALYTICS.MART.DAILY_REVENUE")
session.close()
