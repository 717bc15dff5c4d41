from corpus import E

D = "snowflake"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "clickstream_stage_and_copy", r"""
USE ROLE loader;
USE WAREHOUSE load_wh;
USE SCHEMA analytics.raw;

CREATE FILE FORMAT IF NOT EXISTS ff_json_gz
    TYPE = JSON
    COMPRESSION = GZIP
    STRIP_OUTER_ARRAY = TRUE;

CREATE STAGE IF NOT EXISTS clickstream_stage
    URL = 's3://example-clickstream/events/'
    STORAGE_INTEGRATION = s3_clickstream_int
    FILE_FORMAT = (FORMAT_NAME = 'ff_json_gz');

CREATE TABLE IF NOT EXISTS clickstream_raw (
    payload     VARIANT,
    file_name   STRING,
    loaded_at   TIMESTAMP_LTZ DEFAULT CURRENT_TIMESTAMP()
);

LIST @clickstream_stage PATTERN = '.*2024/06/.*[.]json[.]gz';

COPY INTO clickstream_raw (payload, file_name)
FROM (
    SELECT $1, METADATA$FILENAME
    FROM @clickstream_stage
)
PATTERN = '.*2024/06/.*[.]json[.]gz'
ON_ERROR = 'SKIP_FILE'
PURGE = FALSE;

SELECT file_name, COUNT(*) AS events
FROM clickstream_raw
GROUP BY file_name
ORDER BY events DESC
LIMIT 20;
""", "clean: USE ROLE/WAREHOUSE, CREATE FILE FORMAT, external stage, LIST @stage, COPY INTO with transformation and METADATA$FILENAME"),

E("clean", "orders_stream_task_pipeline", r"""
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
""", "clean: CREATE STREAM, CREATE TASK with CRON schedule and WHEN SYSTEM$STREAM_HAS_DATA, MERGE task body, ALTER TASK RESUME, SHOW",
   sqlglot_gap="CREATE STREAM / CREATE TASK / ALTER TASK parsed as opaque Command"),

E("clean", "customer_dimension_scd2_merge", r"""
-- Type-2 history for the customer dimension. Only the latest row per
-- customer from the staging load is considered (same rule as above in
-- the orders model), hence the QUALIFY.
MERGE INTO dw.dim_customer AS d
USING (
    SELECT customer_id,
           email,
           tier,
           HASH(email, tier) AS row_hash,
           updated_at
    FROM staging.customers
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1
) AS s
ON d.customer_id = s.customer_id AND d.is_current
WHEN MATCHED AND d.row_hash <> s.row_hash THEN UPDATE SET
    d.is_current = FALSE,
    d.valid_to   = s.updated_at
WHEN NOT MATCHED THEN INSERT (customer_id, email, tier, row_hash, valid_from, valid_to, is_current)
    VALUES (s.customer_id, s.email, s.tier, s.row_hash, s.updated_at, NULL, TRUE);

-- Second pass inserts the new current version for customers closed above.
INSERT INTO dw.dim_customer (customer_id, email, tier, row_hash, valid_from, valid_to, is_current)
SELECT s.customer_id, s.email, s.tier, HASH(s.email, s.tier), s.updated_at, NULL, TRUE
FROM staging.customers AS s
LEFT JOIN dw.dim_customer AS d
    ON d.customer_id = s.customer_id AND d.is_current
WHERE d.customer_id IS NULL
QUALIFY ROW_NUMBER() OVER (PARTITION BY s.customer_id ORDER BY s.updated_at DESC) = 1;

SELECT tier,
       COUNT_IF(is_current)                 AS current_rows,
       COUNT(*)                             AS all_versions,
       IFF(COUNT(*) > 0, ROUND(COUNT_IF(is_current) / COUNT(*), 3), NULL) AS current_ratio
FROM dw.dim_customer
GROUP BY tier
ORDER BY tier;
""", "clean: MERGE with QUALIFY in source, HASH(), COUNT_IF, IFF, comment mentioning 'same rule as above'"),

E("clean", "device_telemetry_flatten", r"""
CREATE OR REPLACE TEMPORARY TABLE device_events AS
SELECT PARSE_JSON(column1) AS payload
FROM VALUES
    ('{"device": {"id": "d-01", "fw": "2.1.0"}, "readings": [{"k": "temp", "v": 21.5}, {"k": "rh", "v": 40}]}'),
    ('{"device": {"id": "d-02", "fw": "2.0.9"}, "readings": [{"k": "temp", "v": 19.0}]}'),
    ('{"device": {"id": "d-03"}, "note": "firmware unknown...", "readings": []}');

SELECT payload:device.id::STRING            AS device_id,
       COALESCE(payload:device.fw::STRING, 'n/a') AS firmware,
       r.index                              AS reading_no,
       r.value:k::STRING                    AS metric,
       r.value:v::FLOAT                     AS reading
FROM device_events,
     LATERAL FLATTEN(input => payload:readings, outer => TRUE) AS r
ORDER BY device_id, reading_no;

SELECT payload:device.id::STRING AS device_id,
       ARRAY_SIZE(payload:readings)  AS reading_count,
       OBJECT_KEYS(payload)          AS top_level_keys,
       TRY_TO_NUMBER(SPLIT_PART(payload:device.fw::STRING, '.', 1)) AS fw_major
FROM device_events
WHERE payload:device.fw IS NOT NULL;

SELECT OBJECT_AGG(payload:device.id::STRING, payload:device.fw) AS fw_by_device
FROM device_events;
""", "clean: VARIANT colon path access with :: casts, LATERAL FLATTEN with named args, FROM VALUES, '...' inside JSON string"),

E("clean", "partition_backfill_scripting_block", r"""
EXECUTE IMMEDIATE $$
DECLARE
    day_cursor DATE DEFAULT '2024-03-01';
    last_day   DATE DEFAULT '2024-03-07';
    rows_done  INTEGER DEFAULT 0;
    batch_rows INTEGER;
BEGIN
    WHILE (day_cursor <= last_day) DO
        DELETE FROM mart.page_views_daily WHERE view_date = :day_cursor;

        INSERT INTO mart.page_views_daily (view_date, page, views, visitors)
        SELECT TO_DATE(viewed_at), page, COUNT(*), COUNT(DISTINCT visitor_id)
        FROM raw.page_views
        WHERE viewed_at >= :day_cursor
          AND viewed_at <  DATEADD('day', 1, :day_cursor)
        GROUP BY 1, 2;

        batch_rows := SQLROWCOUNT;
        rows_done := rows_done + batch_rows;
        day_cursor := DATEADD('day', 1, day_cursor);
    END WHILE;
    RETURN 'backfilled ' || rows_done || ' rows';
EXCEPTION
    WHEN OTHER THEN
        RETURN 'failed: ' || SQLERRM;
END;
$$;
""", "clean: Snowflake Scripting block in EXECUTE IMMEDIATE $$ with DECLARE, WHILE, bind variables, SQLROWCOUNT, EXCEPTION",
   sqlglot_gap="EXECUTE IMMEDIATE $$ scripting block parsed as opaque Command"),

E("clean", "analytics_warehouse_access_setup", r"""
USE ROLE SYSADMIN;

CREATE WAREHOUSE IF NOT EXISTS reporting_wh
    WAREHOUSE_SIZE = 'XSMALL'
    AUTO_SUSPEND = 60
    AUTO_RESUME = TRUE
    INITIALLY_SUSPENDED = TRUE
    COMMENT = 'BI dashboards...';

CREATE DATABASE IF NOT EXISTS analytics;
CREATE SCHEMA IF NOT EXISTS analytics.marts WITH MANAGED ACCESS;

-- Zero-copy clone for the QA team, taken as of one hour ago.
CREATE OR REPLACE SCHEMA analytics.marts_qa CLONE analytics.marts AT (OFFSET => -3600);

USE ROLE SECURITYADMIN;

CREATE ROLE IF NOT EXISTS bi_reader;
GRANT USAGE ON WAREHOUSE reporting_wh TO ROLE bi_reader;
GRANT USAGE ON DATABASE analytics TO ROLE bi_reader;
GRANT USAGE ON SCHEMA analytics.marts TO ROLE bi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics.marts TO ROLE bi_reader;
GRANT SELECT ON FUTURE TABLES IN SCHEMA analytics.marts TO ROLE bi_reader;

-- The same grants as above are intentionally NOT given on marts_qa.
GRANT ROLE bi_reader TO ROLE SYSADMIN;

ALTER SESSION SET QUERY_TAG = 'access-setup';
""", "clean: CREATE WAREHOUSE options, MANAGED ACCESS schema, CLONE ... AT (OFFSET =>), GRANT ... ON FUTURE TABLES, comment 'same grants as above'",
   sqlglot_gap="CREATE WAREHOUSE / GRANT / ALTER SESSION parsed as opaque Command"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "loyalty_members_table", r"""
CREATE OR REPLACE TABLE crm.loyalty_members (
    member_id      NUMBER(38, 0) AUTOINCREMENT START 1 INCREMENT 1,
    email          STRING NOT NULL,
    tier           STRING DEFAULT 'bronze'
    points_balance NUMBER(12, 0) DEFAULT 0,
    enrolled_at    TIMESTAMP_NTZ DEFAULT CURRENT_TIMESTAMP()::TIMESTAMP_NTZ,
    CONSTRAINT pk_loyalty_members PRIMARY KEY (member_id)
);

INSERT INTO crm.loyalty_members (email, tier)
VALUES ('ana@example.com', 'gold'),
       ('ben@example.com', DEFAULT);

SELECT tier, COUNT(*) AS members
FROM crm.loyalty_members
GROUP BY tier;
""", "syntax-error: missing comma after a column definition", at="tier           STRING DEFAULT 'bronze'"),

E("syntax-error", "latest_address_per_customer", r"""
SELECT customer_id,
       address_line1,
       city,
       postcode,
       country_code,
       updated_at
FROM crm.customer_addresses
WHERE country_code IN ('GB', 'IE')
QUALIFTY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1
ORDER BY customer_id;

SELECT country_code, COUNT(DISTINCT customer_id) AS customers
FROM crm.customer_addresses
GROUP BY country_code
ORDER BY customers DESC;
""", "syntax-error: QUALIFY misspelt as QUALIFTY", at="QUALIFTY ROW_NUMBER()"),

E("syntax-error", "weekly_active_users_rebuild", r"""
USE WAREHOUSE transform_wh;
USE SCHEMA analytics.mart;

-- Rebuild the weekly active users mart from raw app events (last 26 weeks).
CREATE OR REPLACE TABLE mart.weekly_active_users AS
CREATE OR REPLACE TABLE mart.weekly_active_users AS
SELECT DATE_TRUNC('week', event_ts)           AS week_start,
       platform,
       COUNT(DISTINCT user_id)                 AS active_users,
       COUNT(*)                                AS events
FROM raw.app_events
WHERE event_ts >= DATEADD('week', -26, CURRENT_DATE())
GROUP BY 1, 2;

ALTER TABLE mart.weekly_active_users CLUSTER BY (week_start);

SELECT *
FROM mart.weekly_active_users
ORDER BY week_start DESC, platform
LIMIT 50;
""", "syntax-error: restarted statement, CREATE OR REPLACE TABLE ... AS written twice", at="CREATE OR REPLACE TABLE mart.weekly_active_users AS"),

E("syntax-error", "cart_line_items_flatten", r"""
SELECT o.order_id,
       o.payload:customer.id::STRING      AS customer_id,
       li.value:sku::STRING               AS sku,
       li.value:qty::NUMBER               AS qty,
       li.value:price::NUMBER(10, 2)      AS unit_price
FROM raw.orders_json AS o,
     LATERAL FLATTEN(input => o.payload:line_items AS li
WHERE o.payload:status::STRING = 'paid'
ORDER BY o.order_id, sku;

SELECT COUNT(*) AS orders_without_items
FROM raw.orders_json
WHERE ARRAY_SIZE(payload:line_items) = 0;
""", "syntax-error: unbalanced parenthesis, FLATTEN( not closed before the alias", at="LATERAL FLATTEN(input => o.payload:line_items AS li"),

E("syntax-error", "late_shipments_last_week", r"""
SELECT s.shipment_id,
       s.carrier,
       s.promised_at,
       s.delivered_at,
       DATEDIFF('hour', s.promised_at, s.delivered_at) AS hours_late
FROM logistics.shipments AS s
WHERE s.delivered_at > s.promised_at
  AND s.promised_at >= DATEADD('day', -7, )
ORDER BY hours_late DESC;

SELECT carrier,
       AVG(DATEDIFF('hour', promised_at, delivered_at)) AS avg_hours_late
FROM logistics.shipments
WHERE delivered_at > promised_at
GROUP BY carrier;
""", "syntax-error: missing third argument (operand) in DATEADD", at="DATEADD('day', -7, )"),

E("syntax-error", "finance_gl_balances_by_period", r"""
SELECT gl.account_code,
       a.account_name,
       gl.fiscal_period,
       SUM(gl.debit)  AS debits,
       SUM(gl.credit) AS credits,
       SUM(gl.debit - gl.credit) AS net_movement
FROM finance.general_ledger AS gl
JOIN finance.accounts AS a
  ON a.account_code = gl.account_code
WHERE gl.fiscal_year = 2024
GROUP BY BY gl.account_code, a.account_name, gl.fiscal_period
ORDER BY gl.account_code, gl.fiscal_period;
""", "syntax-error: doubled BY in GROUP BY", at="GROUP BY BY"),

# ---------------------------------------------------------------- truncated
E("truncated", "refund_rate_stored_procedure", r"""
CREATE OR REPLACE PROCEDURE finance.compute_refund_rate(start_date DATE, end_date DATE)
RETURNS FLOAT
LANGUAGE SQL
AS
$$
DECLARE
    refunds NUMBER DEFAULT 0;
    orders  NUMBER DEFAULT 0;
BEGIN
    SELECT COUNT(*) INTO :orders
    FROM sales.orders
    WHERE order_date BETWEEN :start_date AND :end_date;

    SELECT COUNT(*) INTO :refunds
    FROM sales.refunds
    WHERE refund_date BETWEEN :start_date AND :end_date;

    IF (orders = 0) THEN
""", "truncated: stops at a line end inside the $$ procedure body (open IF and BEGIN)"),

E("truncated", "subscription_mrr_movements", r"""
WITH monthly AS (
    SELECT DATE_TRUNC('month', period_start) AS month,
           account_id,
           SUM(mrr)                           AS mrr
    FROM billing.subscription_periods
    GROUP BY 1, 2
),
movements AS (
    SELECT month,
           account_id,
           mrr,
           LAG(mrr) OVER (PARTITION BY account_id ORDER BY month) AS prev_mrr
    FROM monthly
)
SELECT month,
       SUM(IFF(prev_mrr IS NULL, mrr, 0))                     AS new_mrr,
       SUM(IFF(mrr > prev_mrr, mrr - prev_mrr, 0))            AS expansion_mrr,
       SUM(IFF(mrr < prev_mrr, prev_mrr - mrr, 0))            AS contraction_m""", "truncated: cut mid-alias in the select list, no final newline, statement never reaches FROM"),

E("truncated", "nightly_inventory_snapshot_task", r"""
CREATE OR REPLACE TABLE ops.inventory_snapshots (
    snapshot_date DATE,
    sku           STRING,
    warehouse     STRING,
    on_hand       NUMBER(12, 0)
);

CREATE OR REPLACE TASK ops.snapshot_inventory
    WAREHOUSE = ops_wh
    SCHEDULE = 'USING CRON 30 2 * * * Europe/Amsterdam'
AS
""", "truncated: CREATE TASK stops right after AS with no body and no semicolon"),

E("truncated", "marketing_leads_table", r"""
CREATE SCHEMA IF NOT EXISTS marketing;

CREATE OR REPLACE TABLE marketing.leads (
    lead_id        STRING DEFAULT UUID_STRING(),
    source         STRING NOT NULL,
    campaign_code  STRING,
    email          STRING,
    company        STRING,
    score          NUMBER(5, 2),
    created_at     TIMESTAMP_TZ DEFAULT CURRENT_TIMESTAMP(),
    attributes     VARIANT,
""", "truncated: stops at a line end inside the CREATE TABLE column list"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "orders_curated_ctas", r"""
CREATE OR REPLACE TABLE curated.orders AS
SELECT o.order_id,
       o.customer_id,
       o.ordered_at::DATE      AS order_date,
       -- [same 12 columns as in RAW.ORDERS]
       o.currency,
       o.amount / fx.rate      AS amount_usd
FROM raw.orders AS o
LEFT JOIN ref.fx_rates AS fx
  ON fx.currency = o.currency
 AND fx.rate_date = o.ordered_at::DATE
WHERE o.is_test = FALSE;

ALTER TABLE curated.orders CLUSTER BY (order_date);
""", "placeholder: bracketed comment stands for twelve columns left out of the select list", at="[same 12 columns as in RAW.ORDERS]",
   marker="[same 12 columns as in <table>]"),

E("placeholder", "vendor_files_reload", r"""
CREATE TABLE IF NOT EXISTS raw.vendor_prices (
    vendor_code STRING,
    sku         STRING,
    price       NUMBER(10, 2),
    valid_from  DATE
);

COPY INTO raw.vendor_prices
FROM @raw.vendor_stage/prices/
FILES = ('acme_2024_01.csv', 'acme_2024_02.csv', /* ... */ 'zenith_2024_06.csv')
FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1 FIELD_OPTIONALLY_ENCLOSED_BY = '"')
ON_ERROR = 'CONTINUE';

SELECT vendor_code, COUNT(*) AS rows_loaded
FROM raw.vendor_prices
GROUP BY vendor_code;
""", "placeholder: /* ... */ inside the FILES list stands for the omitted file names", at="/* ... */ 'zenith_2024_06.csv'",
   marker="/* ... */ inside a FILES list"),

E("placeholder", "tenant_schema_provisioning_block", r"""
EXECUTE IMMEDIATE $$
DECLARE
    c1 CURSOR FOR SELECT tenant_code FROM admin.tenants WHERE provisioned = FALSE;
    stmt STRING;
BEGIN
    FOR rec IN c1 DO
        stmt := 'CREATE SCHEMA IF NOT EXISTS tenant_' || rec.tenant_code;
        EXECUTE IMMEDIATE :stmt;

        -- rest of the loop body unchanged

        UPDATE admin.tenants SET provisioned = TRUE WHERE tenant_code = rec.tenant_code;
    END FOR;
    RETURN 'done';
END;
$$;
""", "placeholder: comment stands for the omitted loop body statements", at="rest of the loop body unchanged",
   marker="rest of the loop body unchanged"),

E("placeholder", "reader_role_grants", r"""
USE ROLE SECURITYADMIN;

CREATE ROLE IF NOT EXISTS finance_reader;

GRANT USAGE ON DATABASE finance TO ROLE finance_reader;
GRANT USAGE ON SCHEMA finance.ledger TO ROLE finance_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA finance.ledger TO ROLE finance_reader;
GRANT USAGE ON SCHEMA finance.payables TO ROLE finance_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA finance.payables TO ROLE finance_reader;
-- etc. for the remaining finance schemas

GRANT ROLE finance_reader TO USER jdoe;
""", "placeholder: '-- etc.' comment stands for the grants on the remaining schemas", at="-- etc. for the remaining",
   marker="-- etc. for the remaining <things>"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "product_return_reasons_summary", r"""
Below is the Snowflake SQL to summarise return reasons by product category for the last quarter.

SELECT p.category,
       r.reason_code,
       COUNT(*)                                            AS returns,
       RATIO_TO_REPORT(COUNT(*)) OVER (PARTITION BY p.category) AS share_in_category
FROM sales.returns AS r
JOIN sales.products AS p ON p.product_id = r.product_id
WHERE r.returned_at >= DATEADD('quarter', -1, DATE_TRUNC('quarter', CURRENT_DATE()))
  AND r.returned_at <  DATE_TRUNC('quarter', CURRENT_DATE())
GROUP BY p.category, r.reason_code
ORDER BY p.category, returns DESC;

A few notes:
- `RATIO_TO_REPORT` gives each reason's share within its category without a second query.
- The date filter covers exactly the previous calendar quarter.
- If you need fiscal quarters instead, swap the DATE_TRUNC for a join to your calendar table.
""", "llm-chatter: intro sentence and 'A few notes:' bullets outside comments", at="Below is the Snowflake SQL", outside=True),

E("llm-chatter", "session_dedup_qualify_rewrite", r"""
Okay, I've rewritten the query to use QUALIFY instead of the nested subquery:

SELECT session_id,
       user_id,
       started_at,
       device
FROM web.sessions
WHERE started_at >= DATEADD('day', -30, CURRENT_TIMESTAMP())
QUALIFY ROW_NUMBER() OVER (PARTITION BY session_id ORDER BY started_at DESC) = 1;

This should be noticeably faster on large tables because Snowflake can evaluate the window function without materialising the intermediate result. Want me to turn this into a view as well?
""", "llm-chatter: conversational intro and closing question as bare prose", at="Okay, I've rewritten", outside=True),
]
