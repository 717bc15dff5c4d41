-- Incremental orders pipeline: stream on the raw table, hourly task merges it.
CREATE OR REPLACE STREAM analytics.raw.orders_stream ON TABLE analytics.raw.orders;

CREATE OR REPLACE TASK analytics.raw.merge_orders_task
    WAREHOUSE = etl_xs
    SCHEDULE = 'USING CRON 5 * * * * UTC'
    COMMENT = 'rest of the pipeline is in dbt'
WHEN SYSTEM$STREAM_HAS_DATA('analytics.raw.orders_stream')
AS
MERGE INTO analytics.marts.fct_orders t
USING (
    SELECT order_id, customer_id, amount, status, updated_at, METADATA$ACTION AS act
    FROM analytics.raw.orders_stream
) s
ON t.order_id = s.order_id
WHEN MATCHED AND s.act = 'DELETE' THEN DELETE
WHEN MATCHED THEN UPDATE SET t.amount = s.amount, t.status = s.status, t.updated_at = s.updated_at
WHEN NOT MATCHED AND s.act = 'INSERT' THEN
    INSERT (order_id, customer_id, amount, status, updated_at)
    VALUES (s.order_id, s.customer_id, s.amount, s.status, s.updated_at);

ALTER TASK analytics.raw.merge_orders_task RESUME;
