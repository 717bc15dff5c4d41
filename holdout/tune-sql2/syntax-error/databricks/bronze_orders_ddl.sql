CREATE TABLE IF NOT EXISTS sales_bronze.orders_raw (
    order_id      STRING,
    customer_id   STRING,
    order_ts      TIMESTAMP,
    currency      STRING,
    amount        DECIMAL(12, 2),
    raw_payload   STRING COMMENT 'original JSON from the webhook,
    _ingested_at  TIMESTAMP,
    _source_file  STRING
)
USING DELTA
PARTITIONED BY (currency)
TBLPROPERTIES ('delta.enableChangeDataFeed' = 'true');

ALTER TABLE sales_bronze.orders_raw SET TBLPROPERTIES ('delta.logRetentionDuration' = 'interval 30 days');
