from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.google.cloud.operators.bigquery import BigQueryInsertJobOperator

default_args = {"retries": 2, "retry_delay": timedelta(minutes=5)}

with DAG(
    dag_id="daily_kpis",
    start_date=datetime(2026, 11, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
) as dag:
    build_kpis = BigQueryInsertJobOperator(
        task_id="build_daily_kpis",
        configuration={
            "query": {
                "query": "{% include 'sql/daily_kpis.sql' %}",
                "useLegacySql": False,
            }
        },
        location="US",
    )
