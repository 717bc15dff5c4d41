CREATE FILE FORMAT IF NOT EXISTS analytics.raw.ff_orders_csv
    TYPE = CSV
    FIELD_DELIMITER = ','
    SKIP_HEADER = 1
    NULL_IF = ('', 'NULL')
    FIELD_OPTIONALLY_ENCLOSED_BY = '"';

CREATE STAGE IF NOT EXISTS analytics.raw.orders_stage
    URL = 's3://acme-exports/orders/'
    STORAGE_INTEGRATION = s3_acme_int
    FILE_FORMAT = analytics.raw.ff_orders_csv;

-- ------------------------------------------------------------------
-- Load; files already loaded are skipped (load metadata unchanged).
-- ------------------------------------------------------------------
COPY INTO analytics.raw.orders (order_id, customer_id, amount, currency, ordered_at)
FROM (
    SELECT $1, $2, $3::NUMBER(12,2), UPPER($4), TO_TIMESTAMP_NTZ($5)
    FROM @analytics.raw.orders_stage
)
PATTERN = '.*orders_[0-9]{8}[.]csv'
ON_ERROR = 'SKIP_FILE'