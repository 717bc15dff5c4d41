from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.databricks.operators.databricks_sql import DatabricksSqlOperator

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}

with DAG(
    dag_id="silver_orders_refresh",
    start_date=datetime(2026, 11, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
    tags=["databricks", "silver"],
) as dag:
    merge_orders = DatabricksSqlOperator(
        task_id="merge_orders",
        databricks_conn_id="databricks_default",
        sql_endpoint_name="etl-warehouse",
        sql="MERGE INTO sales_silver.orders t USING sales_bronze.orders_cdc s ON t.order_id = s.order_id "
            "WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *",
    )

    optimize_orders = DatabricksSqlOperator(
        task_id="optimize_orders",
        databricks_conn_id="databricks_default",
        sql_endpoint_name="etl-warehouse",
        sql="OPTIMIZE sales_silver.orders ZORDER BY (custo