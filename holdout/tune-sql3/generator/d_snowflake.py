from corpus import se, ph, tr, lm, cl
D = 'snowflake'

# ---------------------------------------------------------------- syntax-error
se(D, 'weekly_active_accounts', """\
-- Weekly active accounts by plan
USE WAREHOUSE analytics_wh;

SELECT
    DATE_TRUNC('week', e.event_ts) AS week_start,
    a.plan_name,
    COUNT(DISTINCT e.account_id) AS active_accounts,
    COUNT(*) AS events
FROM raw.app_events e
JOIN core.accounts a ON a.account_id = e.account_id
WHERE e.event_ts >= DATEADD('week', -12, CURRENT_DATE())
  AND e.event_name <> 'heartbeat'
GRUOP BY week_start, a.plan_name
ORDER BY week_start, a.plan_name;

SELECT plan_name, COUNT(*) AS accounts
FROM core.accounts
WHERE is_deleted = FALSE
GROUP BY plan_name;
""", "misspelt keyword GRUOP BY (line {line})",
   mark="GRUOP BY week_start", fix="GROUP BY week_start")

se(D, 'churn_features', """\
-- Build churn-model features per account
CREATE OR REPLACE TEMPORARY TABLE churn_features AS
SELECT
    a.account_id,
    DATEDIFF('day', a.created_at, CURRENT_DATE()) AS tenure_days,
    COUNT(DISTINCT s.session_id) AS sessions_30d,
    COALESCE(SUM(i.amount_usd, 0) AS billed_30d,
    MAX(t.created_at) AS last_ticket_at
FROM core.accounts a
LEFT JOIN raw.sessions s
    ON s.account_id = a.account_id
   AND s.started_at >= DATEADD('day', -30, CURRENT_DATE())
LEFT JOIN billing.invoices i
    ON i.account_id = a.account_id
   AND i.issued_at >= DATEADD('day', -30, CURRENT_DATE())
LEFT JOIN support.tickets t ON t.account_id = a.account_id
GROUP BY a.account_id, a.created_at;

SELECT COUNT(*) FROM churn_features;

GRANT SELECT ON TABLE churn_features TO ROLE data_science;
""", "unclosed '(' in COALESCE(SUM(...), more statements follow (line {line})",
   mark="SUM(i.amount_usd, 0) AS", fix="SUM(i.amount_usd), 0) AS")

se(D, 'power_users_splice', """\
-- Power users: accounts with more than five active seats
SELECT
    u.account_id,
    COUNT(*) AS active_seats,
    MAX(u.last_login_at) AS last_login
FROM core.users u
WHERE u.status = 'actcount(*) > 5
ORDER BY active_seats DESC;

SELECT account_id, seat_limit
FROM core.accounts
WHERE seat_limit IS NOT NULL
ORDER BY seat_limit DESC
LIMIT 20;

SELECT CURRENT_TIMESTAMP() AS generated_at;
""", "output splice: the WHERE string literal runs into a later HAVING fragment ('actcount(*) > 5), leaving a string open (line {line})",
   mark="WHERE u.status = 'actcount(*) > 5\n", fix="WHERE u.status = 'active'\nGROUP BY u.account_id\nHAVING count(*) > 5\n")

se(D, 'late_invoices', """\
-- Invoices more than 30 days overdue
SELECT
    i.invoice_id,
    i.account_id,
    i.amount_usd,
    i.due_date,
    DATEDIFF('day', i.due_date, CURRENT_DATE()) AS days_overdue
FROM billing.invoices i
ORDER BY days_overdue DESC
WHERE i.paid_at IS NULL
  AND i.due_date < DATEADD('day', -30, CURRENT_DATE());

UPDATE billing.invoices
SET collection_status = 'escalated'
WHERE paid_at IS NULL
  AND due_date < DATEADD('day', -60, CURRENT_DATE());
""", "clauses in the wrong order: ORDER BY placed before WHERE (line {line})",
   mark="ORDER BY days_overdue DESC\nWHERE i.paid_at IS NULL\n  AND i.due_date < DATEADD('day', -30, CURRENT_DATE());",
   fix="WHERE i.paid_at IS NULL\n  AND i.due_date < DATEADD('day', -30, CURRENT_DATE())\nORDER BY days_overdue DESC;")

se(D, 'trial_conversions', """\
-- Trials that converted to paid within 14 days
WITH trials AS (
    SELECT account_id, MIN(started_at) AS trial_start
    FROM billing.subscriptions
    WHERE plan_tier = 'trial'
    GROUP BY account_id
),
paid AS (
    SELECT account_id, MIN(started_at) AS paid_start
    FROM billing.subscriptions
    WHERE plan_tier IN ('starter', 'growth', 'enterprise')
    GROUP BY account_id
)
SELECT t.account_id, t.trial_start, p.paid_start
FROM trials t
JOIN paid p ON p.account_id = t.account_id
WHERE the p.paid_start <= DATEADD('day', 14, t.trial_start)
ORDER BY t.trial_start;

SELECT COUNT(*) AS trials_total FROM billing.subscriptions WHERE plan_tier = 'trial';
""", "stray prose word 'the' inside the WHERE condition (line {line})",
   mark="WHERE the p.paid_start", fix="WHERE p.paid_start")

se(D, 'warehouse_credit_usage', """\
-- Credit usage per warehouse over the last 7 days
SELECT
    warehouse_name,
    SUM(credits_used) AS credits_7d,
    SUM(credits_used_compute) AS compute_credits,
    SUM(credits_used_cloud_services) AS cloud_credits
FROM snowflake.account_usage.warehouse_metering_history
WHERE start_time >= DATEADD('day', -7, CURRENT_TIMESTAMP())
GROUP BY warehouse_name
ORDER BY credits_7d DESC;

SELECT SELECT query_id, warehouse_name, total_elapsed_time / 1000 AS seconds
FROM snowflake.account_usage.query_history
WHERE start_time >= DATEADD('day', -1, CURRENT_TIMESTAMP())
ORDER BY total_elapsed_time DESC
LIMIT 25;

SELECT CURRENT_ROLE(), CURRENT_WAREHOUSE();
""", "doubled keyword 'SELECT SELECT' (line {line})",
   mark="SELECT SELECT query_id", fix="SELECT query_id")

# ---------------------------------------------------------------- placeholder
ph(D, 'monthly_revenue_pivot', """\
-- Monthly revenue per region, one column per month
SELECT *
FROM (
    SELECT region, TO_CHAR(order_date, 'YYYY-MM') AS order_month, amount_usd
    FROM analytics.orders
    WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01'
)
PIVOT (
    SUM(amount_usd) FOR order_month IN (
        '2024-01', '2024-02', '2024-03',
        -- (repeat for the other 9 months)
        '2024-12'
    )
) AS p
ORDER BY region;
""", "comment-only elision inside the PIVOT ... IN list (line {line})",
   mark="-- (repeat for the other 9 months)", breaks=False)

ph(D, 'seed_currency_rates', """\
-- Seed reference exchange rates
CREATE TABLE IF NOT EXISTS ref.currency_rates (
    currency_code VARCHAR(3) NOT NULL,
    rate_to_usd NUMBER(18, 8) NOT NULL,
    effective_date DATE NOT NULL
);

INSERT INTO ref.currency_rates (currency_code, rate_to_usd, effective_date)
VALUES
    ('EUR', 1.08500000, '2024-01-01'),
    ('GBP', 1.27100000, '2024-01-01'),
    ('JPY', 0.00680000, '2024-01-01'),
    ...
    ('CHF', 1.17900000, '2024-01-01');
""", "bare '...' row in the VALUES list (line {line})",
   mark="    ...\n", breaks=True)

ph(D, 'sp_refresh_daily_kpis', """\
CREATE OR REPLACE PROCEDURE analytics.sp_refresh_daily_kpis(run_date DATE)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    rows_deleted INTEGER DEFAULT 0;
BEGIN
    DELETE FROM analytics.daily_kpis WHERE kpi_date = :run_date;
    rows_deleted := SQLROWCOUNT;

    -- rest of the procedure stays the same as the weekly version

    RETURN 'refreshed ' || run_date || ', replaced ' || rows_deleted || ' rows';
END;
$$;

CALL analytics.sp_refresh_daily_kpis(CURRENT_DATE() - 1);
""", "comment-only elision inside a $$ Snowflake Scripting procedure body (line {line})",
   mark="-- rest of the procedure stays the same as the weekly version", breaks=False)

# ---------------------------------------------------------------- truncated
tr(D, 'event_payload_extract', """\
-- Extract typed columns from the raw VARIANT payload
CREATE OR REPLACE VIEW analytics.v_checkout_events AS
SELECT
    e.event_id,
    e.received_at,
    e.payload:event_type::STRING AS event_type,
    e.payload:cart.total::NUMBER(12, 2) AS cart_total,
    e.payload:cart.currency::STRING AS currency,
    e.payload:customer.id::STRING AS customer_id,
    TRY_TO_NUMBER(e.payload:customer.lifetime_val""", "cut mid-identifier inside a function call on a VARIANT ':' path, no final newline (line {line})", kind='a')

tr(D, 'sp_purge_old_sessions', """\
CREATE OR REPLACE PROCEDURE ops.sp_purge_old_sessions(retention_days INTEGER)
RETURNS VARCHAR
LANGUAGE SQL
AS
$$
DECLARE
    cutoff TIMESTAMP_NTZ;
    purged INTEGER DEFAULT 0;
BEGIN
    cutoff := DATEADD('day', -1 * retention_days, CURRENT_TIMESTAMP());

    DELETE FROM raw.sessions WHERE ended_at < :cutoff;
    purged := SQLROWCOUNT;

    IF (purged > 0) THEN
        INSERT INTO ops.purge_log (table_name, rows_purged, purged_at)
        VALUES ('raw.sessions', :purged, CURRENT_TIMESTAMP());
""", "stops inside an IF block of the $$ procedure body; END IF/END/$$ never come (line {line})", kind='b')

tr(D, 'dedupe_contacts', """\
-- Remove duplicate CRM contacts, keeping the most recently updated row
CREATE OR REPLACE TEMPORARY TABLE contacts_keep AS
SELECT *
FROM crm.contacts
QUALIFY ROW_NUMBER() OVER (PARTITION BY LOWER(email) ORDER BY updated_at DESC) = 1;

SELECT COUNT(*) AS kept FROM contacts_keep;

DELETE FROM crm.contacts c
USING contacts_keep k
WHERE
""", "last DELETE ... USING stops at a bare WHERE with no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'changelog_orders', """\
<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">

    <changeSet id="20240312-01" author="data-platform">
        <createTable tableName="ORDERS" schemaName="ANALYTICS">
            <column name="ORDER_ID" type="NUMBER(38,0)">
                <constraints primaryKey="true" nullable="false"/>
            </column>
            <column name="CUSTOMER_ID" type="VARCHAR(64)"/>
            <column name="PAYLOAD" type="VARIANT"/>
            <column name="CREATED_AT" type="TIMESTAMP_NTZ"/>
        </createTable>
    </changeSet>

    <changeSet id="20240312-02" author="data-platform">
        <sql>
            ALTER TABLE ANALYTICS.ORDERS CLUSTER BY (TO_DATE(CREATED_AT));
        </sql>
        <rollback>
            <sql>ALTER TABLE ANALYTICS.ORDERS DROP CLUSTERING KEY;</sql>
        </rollback>
    </changeSet>
</databaseChangeLog>
""", "Liquibase XML changelog with an embedded Snowflake <sql> change", cut=False, lang='xml')

# ---------------------------------------------------------------- clean
cl(D, 'sp_load_orders', """\
-- Note: Snowflake Scripting; the body is a $$-delimited block.
CREATE OR REPLACE PROCEDURE etl.sp_load_orders(batch_id VARCHAR)
RETURNS VARIANT
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    loaded INTEGER DEFAULT 0;
    load_failed EXCEPTION (-20001, 'no rows loaded');
BEGIN
    LET rs RESULTSET := (SELECT file_name FROM etl.pending_files WHERE batch_id = :batch_id);
    LET c_files CURSOR FOR rs;
    FOR f IN c_files DO
        LET fname VARCHAR := f.file_name;
        INSERT INTO etl.orders_raw (batch_id, file_name, loaded_at)
        SELECT :batch_id, :fname, CURRENT_TIMESTAMP();
        loaded := loaded + SQLROWCOUNT;
    END FOR;
    -- TODO in the next sprint: add per-file retry; the rest of the flow is unchanged
    IF (loaded = 0) THEN
        RAISE load_failed;
    END IF;
    RETURN OBJECT_CONSTRUCT('batch', batch_id, 'rows', loaded);
EXCEPTION
    WHEN load_failed THEN
        RETURN OBJECT_CONSTRUCT('batch', batch_id, 'error', SQLERRM);
END;
$$;

CALL etl.sp_load_orders('2024-03-15-a');
""", "CREATE PROCEDURE ... LANGUAGE SQL AS $$ Snowflake Scripting block: user EXCEPTION, LET RESULTSET := (query), LET cursor FOR resultset, FOR ... IN cursor DO, LET, :var binds, SQLROWCOUNT, RAISE, EXCEPTION WHEN; comments with 'Note:', 'TODO', 'rest of', 'unchanged'")

cl(D, 'latest_cart_items', """\
-- Here is the latest cart snapshot per customer, one row per line item ...
SELECT
    e.payload:customer.id::STRING AS customer_id,
    e.payload:cart.id::STRING AS cart_id,
    li.value:sku::STRING AS sku,
    li.value:qty::INTEGER AS qty,
    li.value['unit_price']::NUMBER(12, 2) AS unit_price,
    e.received_at
FROM raw.cart_events AS e,
     LATERAL FLATTEN(input => e.payload:cart.items) AS li
WHERE e.payload:event_type::STRING = 'cart_updated'
  AND e.received_at >= DATEADD('day', -7, CURRENT_TIMESTAMP())
QUALIFY ROW_NUMBER() OVER (
    PARTITION BY e.payload:customer.id::STRING, li.value:sku::STRING
    ORDER BY e.received_at DESC
) = 1
ORDER BY customer_id, sku;""", "VARIANT ':' paths with ::casts and ['key'] access, LATERAL FLATTEN(input => ...), QUALIFY with window; comment with 'Here is' and '...'; no final newline")

cl(D, 'stage_and_task_setup', """\
-- ----------------------------------------------------------
-- Ingestion setup: stage, file format, table, stream, task
-- ----------------------------------------------------------
CREATE FILE FORMAT IF NOT EXISTS raw.ff_json
    TYPE = 'JSON'
    STRIP_OUTER_ARRAY = TRUE;

CREATE STAGE IF NOT EXISTS raw.s3_events
    URL = 's3://acme-events/prod/'
    STORAGE_INTEGRATION = s3_acme_events
    FILE_FORMAT = raw.ff_json;

CREATE TABLE IF NOT EXISTS raw.events (
    payload VARIANT,
    file_name STRING,
    loaded_at TIMESTAMP_LTZ DEFAULT CURRENT_TIMESTAMP()
);

COPY INTO raw.events (payload, file_name)
FROM (SELECT $1, METADATA$FILENAME FROM @raw.s3_events)
PATTERN = '.*[.]json'
ON_ERROR = 'SKIP_FILE';

CREATE OR REPLACE STREAM raw.events_stream ON TABLE raw.events;

CREATE OR REPLACE TASK raw.t_merge_events
    WAREHOUSE = ingest_wh
    SCHEDULE = 'USING CRON */15 * * * * UTC'
WHEN SYSTEM$STREAM_HAS_DATA('raw.events_stream')
AS
    INSERT INTO core.events SELECT payload, loaded_at FROM raw.events_stream;

ALTER TASK raw.t_merge_events RESUME;
""", "FILE FORMAT, external STAGE with STORAGE_INTEGRATION, COPY INTO from a stage subquery with $1 and METADATA$FILENAME, STREAM, TASK with CRON schedule and WHEN SYSTEM$STREAM_HAS_DATA, '-- ----' separators")

cl(D, 'merge_customer_profiles', """\
-- Upsert customer profiles from the latest CDC batch.
-- Note: rows with op = 'D' are soft-deleted; everything else is left unchanged.
SET batch_ts = (SELECT MAX(batch_ts) FROM cdc.customer_changes);

MERGE INTO core.customers AS tgt
USING (
    SELECT *
    FROM cdc.customer_changes
    WHERE batch_ts = $batch_ts
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY change_seq DESC) = 1
) AS src
    ON tgt.customer_id = src.customer_id
WHEN MATCHED AND src.op = 'D' THEN
    UPDATE SET tgt.is_deleted = TRUE, tgt.updated_at = src.batch_ts
WHEN MATCHED THEN
    UPDATE SET tgt.email = src.email,
               tgt.attributes = PARSE_JSON(src.attributes_json),
               tgt.updated_at = src.batch_ts
WHEN NOT MATCHED AND src.op <> 'D' THEN
    INSERT (customer_id, email, attributes, is_deleted, updated_at)
    VALUES (src.customer_id, src.email, PARSE_JSON(src.attributes_json), FALSE, src.batch_ts);

SELECT COUNT_IF(is_deleted) AS deleted, COUNT(*) AS total
FROM core.customers
""", "session variable SET from subquery and $var reference, MERGE INTO with QUALIFY-deduplicated source, conditional WHEN MATCHED AND ..., PARSE_JSON, COUNT_IF; comment with 'Note:' and 'unchanged'; last statement has no ';'")
