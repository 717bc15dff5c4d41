CREATE OR REPLACE STREAM orders_changes ON TABLE raw.orders APPEND_ONLY = TRUE;

CREATE OR REPLACE TABLE curated.orders_daily (
    order_date   DATE,
    region       STRING,
    order_count  NUMBER(12, 0),
    revenue      NUMBER(14, 2),
    refreshed_at TIMESTAMP_NTZ
);

CREATE OR REPLACE TASK refresh_orders_daily
    WAREHOUSE = transform_wh
    SCHEDULE = 'USING CRON 0 * * * * UTC'
    WHEN SYSTEM$STREAM_HAS_DATA('ORDERS_CHANGES')
AS
MERGE INTO curated.orders_daily AS t
USING (
    SELECT TO_DATE(ordered_at) AS order_date,
           region,
           COUNT(*)            AS order_count,
           SUM(amount)         AS revenue
    FROM orders_changes
    GROUP BY 1, 2
) AS s
ON t.order_date = s.order_date AND t.region = s.region
WHEN MATCHED THEN UPDATE SET
    t.order_count  = t.order_count + s.order_count,
    t.revenue      = t.revenue + s.revenue,
    t.refreshed_at = CURRENT_TIMESTAMP()::TIMESTAMP_NTZ
WHEN NOT MATCHED THEN INSERT (order_date, region, order_count, revenue, refreshed_at)
    VALUES (s.order_date, s.region, s.order_count, s.revenue, CURRENT_TIMESTAMP()::TIMESTAMP_NTZ);

ALTER TASK refresh_orders_daily RESUME;

SHOW TASKS LIKE 'REFRESH_ORDERS%';
