from snowflake.snowpark import Session
from snowflake.snowpark import functions as F

connection_parameters = {
    "account": "acme-eu1",
    "user": "ETL_SVC",
    "authenticator": "externalbrowser",
    "warehouse": "TRANSFORM_WH",
    "database": "ANALYTICS",
    "schema": "SILVER",
}

session = Session.builder.configs(connection_parameters).create()

orders = session.table("ANALYTICS.SILVER.ORDERS")
daily = (
    orders.filter(F.col("STATUS") == "completed")
    .group_by(F.to_date("ORDERED_AT").alias("ORDER_DATE"))
    .agg(F.sum("AMOUNT").alias("REVENUE"), F.count_distinct("CUSTOMER_ID").alias("CUSTOMERS"))
)

daily.write.mode("overwrite").save_as_table("ANALYTICS.GOLD.DAILY_ORDERS")
print(daily.sort(F.col("ORDER_DATE").desc()).limit(7).collect())
session.close()
