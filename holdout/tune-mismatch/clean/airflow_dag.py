from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.providers.postgres.operators.postgres import PostgresOperator

default_args = {"owner": "data", "retries": 2, "retry_delay": timedelta(minutes=5)}

with DAG(
    dag_id="daily_sales_rollup",
    start_date=datetime(2024, 1, 1),
    schedule="0 4 * * *",
    catchup=False,
    default_args=default_args,
    tags=["sales"],
) as dag:
    extract = BashOperator(
        task_id="extract_orders",
        bash_command="""
            set -e
            aws s3 cp s3://exports/orders/{{ ds }}/orders.csv.gz /tmp/orders_{{ ds }}.csv.gz
            gunzip -f /tmp/orders_{{ ds }}.csv.gz
            psql "$WAREHOUSE_URL" -c "\\copy staging.orders FROM '/tmp/orders_{{ ds }}.csv' CSV HEADER"
        """,
    )

    rollup = PostgresOperator(
        task_id="rollup",
        postgres_conn_id="warehouse",
        sql="""
            DELETE FROM marts.daily_sales WHERE day = '{{ ds }}';
            INSERT INTO marts.daily_sales (day, region, orders, revenue)
            SELECT '{{ ds }}'::date, region, COUNT(*), SUM(total)
              FROM staging.orders
             WHERE order_date = '{{ ds }}'
             GROUP BY region;
        """,
    )

    cleanup = BashOperator(task_id="cleanup", bash_command="rm -f /tmp/orders_{{ ds }}.csv")

    extract >> rollup >> cleanup
