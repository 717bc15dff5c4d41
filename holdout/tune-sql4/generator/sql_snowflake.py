from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("purchase_events_us", "A",
   "stray English words 'as well as' joining two WHERE predicates (line {line})",
   ("as well as e.event_type = 'purchase'", "AND e.event_type = 'purchase'"),
   r"""
-- US purchase events for the attribution model, last 30 days
CREATE OR REPLACE TEMPORARY TABLE tmp_us_purchases AS
SELECT
    e.event_id,
    e.user_id,
    e.event_ts,
    e.order_id,
    e.revenue::number(12,2) AS revenue,
    COALESCE(e.utm_source, 'direct') AS utm_source
FROM analytics.staging.stg_events e
WHERE e.event_ts >= DATEADD(day, -30, CURRENT_TIMESTAMP)
  AND e.country_code = 'US' as well as e.event_type = 'purchase'
  AND e.is_test = FALSE;

SELECT utm_source, COUNT(*) AS purchases, SUM(revenue) AS revenue
FROM tmp_us_purchases
GROUP BY utm_source
ORDER BY revenue DESC;
"""),

SE("sessionize_page_views", "C",
   "sentence fragment 'which gives us one row per session' spliced between FROM and GROUP BY (line {line})",
   ("which gives us one row per session\n", ""),
   r"""
-- Sessionize page views with a 30 minute inactivity gap
CREATE OR REPLACE TABLE analytics.marts.sessions AS
WITH flagged AS (
    SELECT
        user_id,
        page_ts,
        page_url,
        IFF(DATEDIFF(minute, LAG(page_ts) OVER (PARTITION BY user_id ORDER BY page_ts), page_ts) > 30
            OR LAG(page_ts) OVER (PARTITION BY user_id ORDER BY page_ts) IS NULL, 1, 0) AS is_new_session
    FROM analytics.raw.page_views
),
numbered AS (
    SELECT *, SUM(is_new_session) OVER (PARTITION BY user_id ORDER BY page_ts) AS session_no
    FROM flagged
)
SELECT
    user_id,
    session_no,
    MIN(page_ts) AS session_start,
    MAX(page_ts) AS session_end,
    COUNT(*)     AS page_views
FROM numbered
which gives us one row per session
GROUP BY user_id, session_no;

ALTER TABLE analytics.marts.sessions CLUSTER BY (user_id);

SELECT COUNT(*) AS sessions FROM analytics.marts.sessions;
"""),

SE("merge_customer_dim", "D",
   "MERGE restarts mid-clause: a second 'WHEN MATCHED THEN UPDATE SET' follows the abandoned one with no assignments (line {line})",
   ("WHEN MATCHED THEN UPDATE SET\nWHEN MATCHED THEN UPDATE SET", "WHEN MATCHED THEN UPDATE SET"),
   r"""
-- Upsert the customer dimension from the latest CRM extract
MERGE INTO analytics.marts.dim_customer AS t
USING (
    SELECT customer_id, email, full_name, country_code, updated_at
    FROM (
        SELECT c.*, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) AS rn
        FROM analytics.staging.crm_customers c
    ) ranked
    WHERE rn = 1
) AS s
ON t.customer_id = s.customer_id
WHEN MATCHED THEN UPDATE SET
WHEN MATCHED THEN UPDATE SET
    email        = s.email,
    full_name    = s.full_name,
    country_code = s.country_code,
    updated_at   = s.updated_at
WHEN NOT MATCHED THEN INSERT (customer_id, email, full_name, country_code, updated_at)
    VALUES (s.customer_id, s.email, s.full_name, s.country_code, s.updated_at);

ALTER TABLE analytics.marts.dim_customer CLUSTER BY (country_code);
""", loc="WHEN MATCHED THEN UPDATE SET\n    email"),

SE("weekly_active_users", "E",
   "DATEADD call is never closed before AND (line {line})",
   ("DATEADD(week, -12, CURRENT_DATE()\n", "DATEADD(week, -12, CURRENT_DATE())\n"),
   r"""
-- Weekly active users, last 12 weeks, by platform
SELECT
    DATE_TRUNC('week', e.event_ts)::date AS week_start,
    e.platform,
    COUNT(DISTINCT e.user_id) AS wau
FROM analytics.raw.events e
WHERE e.event_ts >= DATEADD(week, -12, CURRENT_DATE()
  AND e.event_type IN ('app_open', 'page_view')
  AND e.user_id IS NOT NULL
GROUP BY 1, 2
ORDER BY week_start, platform;

-- keep the result cached for the dashboard tile
ALTER SESSION SET USE_CACHED_RESULT = TRUE;
"""),

SE("user_activity_window", "F",
   "missing comma between MIN(event_ts) AS first_seen and MAX(event_ts) (line {line})",
   ("MIN(event_ts) AS first_seen\n", "MIN(event_ts) AS first_seen,\n"),
   r"""
-- First/last activity and active days per user
CREATE OR REPLACE VIEW analytics.marts.user_activity AS
SELECT
    user_id,
    MIN(event_ts) AS first_seen
    MAX(event_ts) AS last_seen,
    COUNT(DISTINCT event_ts::date) AS active_days,
    COUNT_IF(event_type = 'purchase') AS purchases,
    ARRAY_UNIQUE_AGG(platform) AS platforms
FROM analytics.raw.events
WHERE is_test = FALSE
GROUP BY user_id;

GRANT SELECT ON VIEW analytics.marts.user_activity TO ROLE reporter;
"""),

SE("large_refunds_review", "H",
   "missing right operand: 'r.amount > AND' (line {line})",
   ("r.amount > AND", "r.amount > 500 AND"),
   r"""
-- Refunds above the review threshold that have not been approved yet
SET review_days = 14;

SELECT
    r.refund_id,
    r.order_id,
    r.amount,
    r.currency,
    r.reason,
    r.requested_at,
    o.customer_id
FROM finance.core.refunds r
JOIN finance.core.orders o
  ON o.order_id = r.order_id
WHERE r.amount > AND r.status = 'requested'
  AND r.requested_at >= DATEADD(day, -$review_days, CURRENT_TIMESTAMP())
ORDER BY r.amount DESC
LIMIT 200;
"""),

SE("subscription_lifecycle_stage", "N",
   "CASE for lifecycle_stage ends with ELSE 'active' but no END before the alias (line {line})",
   ("ELSE 'active' AS lifecycle_stage", "ELSE 'active' END AS lifecycle_stage"),
   r"""
-- Lifecycle stage per subscription for the CS dashboard
SELECT
    s.subscription_id,
    s.account_id,
    s.plan_code,
    s.started_at,
    s.cancelled_at,
    CASE
        WHEN s.cancelled_at IS NOT NULL THEN 'churned'
        WHEN s.trial_ends_at > CURRENT_TIMESTAMP() THEN 'trial'
        WHEN DATEDIFF(day, s.started_at, CURRENT_DATE()) < 30 THEN 'onboarding'
        ELSE 'active' AS lifecycle_stage,
    s.mrr_usd
FROM billing.core.subscriptions s
WHERE s.is_internal = FALSE
ORDER BY s.started_at DESC;
"""),

SE("latest_device_per_user", "L",
   "keyword split and resumed inside OVER: 'PARTI TION BY' (line {line})",
   ("PARTI TION BY", "PARTITION BY"),
   r"""
-- Most recent device seen for each user
CREATE OR REPLACE TABLE analytics.marts.user_latest_device AS
SELECT
    d.user_id,
    d.device_id,
    d.os_name,
    d.os_version,
    d.app_version,
    d.seen_at
FROM analytics.raw.device_sightings d
WHERE d.seen_at >= DATEADD(day, -90, CURRENT_DATE())
QUALIFY ROW_NUMBER() OVER (PARTI TION BY d.user_id ORDER BY d.seen_at DESC) = 1;

ALTER TABLE analytics.marts.user_latest_device SET DATA_RETENTION_TIME_IN_DAYS = 7;

SELECT COUNT(*) FROM analytics.marts.user_latest_device;
"""),

# ----------------------------------------------------------------- placeholder
PH("marketing_funnel_daily", "comment",
   "comment-only elision '-- (other metric columns go here)' in place of the remaining funnel metrics (line {line})",
   "-- (other metric columns go here)",
   r"""
-- Daily marketing funnel by channel
CREATE OR REPLACE VIEW analytics.marts.funnel_daily AS
SELECT
    event_ts::date                                      AS event_date,
    utm_channel,
    COUNT_IF(event_type = 'ad_click')                   AS clicks,
    COUNT_IF(event_type = 'signup')                     AS signups,
    -- (other metric columns go here)
    COUNT_IF(event_type = 'purchase')                   AS purchases,
    DIV0(COUNT_IF(event_type = 'purchase'), COUNT_IF(event_type = 'ad_click')) AS click_to_purchase
FROM analytics.raw.events
WHERE event_ts >= '2024-01-01'
GROUP BY 1, 2;
"""),

PH("upsert_product_inventory", "marker",
   "a bare line with the unicode ellipsis '… (same assignments as the warehouse load)' replaces the rest of the UPDATE SET list (line {line})",
   "… (same assignments as the warehouse load)",
   r"""
-- Upsert product inventory from the hourly snapshot
MERGE INTO ops.core.product_inventory t
USING ops.staging.inventory_snapshot s
    ON t.sku = s.sku AND t.warehouse_code = s.warehouse_code
WHEN MATCHED THEN UPDATE SET
    t.on_hand   = s.on_hand,
    t.reserved  = s.reserved,
    … (same assignments as the warehouse load)
    t.updated_at = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT (sku, warehouse_code, on_hand, reserved, updated_at)
    VALUES (s.sku, s.warehouse_code, s.on_hand, s.reserved, CURRENT_TIMESTAMP());

DELETE FROM ops.staging.inventory_snapshot
WHERE loaded_at < DATEADD(hour, -24, CURRENT_TIMESTAMP());
"""),

PH("order_lines_flatten", "marker",
   "'<remaining lateral flatten joins>' left where further FLATTEN joins belong (line {line})",
   "<remaining lateral flatten joins>",
   r"""
-- Explode order JSON into one row per line item
CREATE OR REPLACE TABLE analytics.staging.order_lines AS
SELECT
    o.raw:order_id::string            AS order_id,
    o.raw:customer.id::string         AS customer_id,
    li.value:sku::string              AS sku,
    li.value:qty::int                 AS qty,
    li.value:price::number(12,2)      AS unit_price,
    d.value:code::string              AS discount_code
FROM analytics.raw.orders_json o,
    LATERAL FLATTEN(input => o.raw:line_items) li,
    <remaining lateral flatten joins>
WHERE o.raw:status::string <> 'test';
"""),

# ------------------------------------------------------------------- truncated
TR("dedupe_signups", "mid-token",
   "output stops mid-keyword inside the OVER clause: 'ORDER BY created_at DE' with the parenthesis still open (line {line})",
   r"""
-- Keep the first signup per email address
CREATE OR REPLACE TABLE analytics.staging.signups_dedup AS
SELECT
    signup_id,
    LOWER(TRIM(email)) AS email,
    source,
    created_at
FROM analytics.raw.signups
WHERE email IS NOT NULL
QUALIFY ROW_NUMBER() OVER (
    PARTITION BY LOWER(TRIM(email))
    ORDER BY created_at DE"""),

TR("archive_old_events_proc", "open-construct",
   "Snowflake Scripting procedure stops inside the $$ body after the LET statement; END and closing $$ are missing (line {line})",
   r"""
CREATE OR REPLACE PROCEDURE ops.admin.archive_old_events(days_to_keep INT)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    cutoff TIMESTAMP_NTZ;
    moved  INT DEFAULT 0;
BEGIN
    cutoff := DATEADD(day, -days_to_keep, CURRENT_TIMESTAMP());

    INSERT INTO analytics.archive.events
    SELECT * FROM analytics.raw.events WHERE event_ts < :cutoff;

    LET deleted RESULTSET := (DELETE FROM analytics.raw.events WHERE event_ts < :cutoff);
"""),

TR("load_fx_rates_stage", "incomplete-stmt",
   "final INSERT ends at 'VALUES' with no rows and no semicolon (line {line})",
   r"""
-- Load today's FX file from the stage and record the load
USE WAREHOUSE etl_xs;

COPY INTO finance.staging.fx_rates (base, quote, rate_date, rate)
FROM @finance.staging.fx_stage/daily/
FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1 FIELD_OPTIONALLY_ENCLOSED_BY = '"')
PATTERN = '.*fx_.*[.]csv'
ON_ERROR = 'ABORT_STATEMENT';

DELETE FROM finance.staging.fx_rates WHERE rate <= 0;

INSERT INTO finance.ops.load_log (job_name, loaded_at, row_count)
VALUES
"""),

# ----------------------------------------------------------------------- clean
CL("refresh_daily_kpis_proc",
   "valid: Snowflake Scripting procedure in $$ with DECLARE, LET, FOR cursor loop, :bind variables, EXCEPTION block; comments with TODO / '...'",
   r"""
-- Here is the procedure that rebuilds one day of KPIs.
CREATE OR REPLACE PROCEDURE analytics.marts.refresh_daily_kpis(run_date DATE)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS OWNER
AS
$$
DECLARE
    rows_written INT DEFAULT 0;
    c1 CURSOR FOR SELECT DISTINCT region FROM analytics.marts.dim_store;
BEGIN
    DELETE FROM analytics.marts.daily_kpis WHERE kpi_date = :run_date;

    FOR rec IN c1 DO
        LET r VARCHAR := rec.region;
        INSERT INTO analytics.marts.daily_kpis (kpi_date, region, orders, revenue)
        SELECT :run_date, :r, COUNT(*), SUM(amount)
        FROM analytics.marts.fct_orders
        WHERE order_date = :run_date AND region = :r;
        rows_written := rows_written + SQLROWCOUNT;
    END FOR;

    -- TODO: add the returns KPI ... once fct_returns lands
    RETURN 'wrote ' || rows_written || ' rows';
EXCEPTION
    WHEN OTHER THEN
        RETURN 'failed: ' || SQLERRM;
END;
$$;

CALL analytics.marts.refresh_daily_kpis(CURRENT_DATE() - 1);
"""),

CL("flatten_event_payloads",
   "valid: VARIANT paths with ::casts, LATERAL FLATTEN with OUTER => TRUE, GET_PATH, TRY_TO_NUMBER, QUALIFY",
   r"""
-- Flatten product impressions out of the event payload.
-- Note: payload schema is unchanged since v3 of the tracker.
SELECT
    e.event_id,
    e.payload:context.page.url::string         AS page_url,
    e.payload:"user"."anonymousId"::string     AS anonymous_id,
    GET_PATH(e.payload, 'context.locale')::string AS locale,
    imp.index                                  AS position,
    imp.value:product_id::string               AS product_id,
    TRY_TO_NUMBER(imp.value:price::string, 12, 2) AS price
FROM analytics.raw.events e,
     LATERAL FLATTEN(input => e.payload:impressions, OUTER => TRUE) imp
WHERE e.event_type = 'product_list_viewed'
  AND e.event_ts >= DATEADD(day, -1, CURRENT_TIMESTAMP())
QUALIFY ROW_NUMBER() OVER (PARTITION BY e.event_id, imp.index ORDER BY e.event_ts) = 1"""),

CL("stream_task_orders_pipeline",
   "valid: CREATE STREAM, CREATE TASK with CRON schedule and WHEN SYSTEM$STREAM_HAS_DATA, MERGE body, ALTER TASK RESUME",
   r"""
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
"""),

CL("time_travel_restore_check",
   "valid: time travel AT(OFFSET => ...) and BEFORE(STATEMENT => ...), UNDROP, CLONE, session variables with $; strings with 'unchanged'",
   r"""
-- Compare the table with its state one hour ago before restoring.
SET one_hour = -3600;

SELECT COUNT(*) AS rows_now FROM analytics.marts.dim_customer;

SELECT COUNT(*) AS rows_then
FROM analytics.marts.dim_customer AT(OFFSET => $one_hour);

SELECT c.customer_id, 'changed' AS state
FROM analytics.marts.dim_customer c
LEFT JOIN analytics.marts.dim_customer AT(OFFSET => $one_hour) p
  ON p.customer_id = c.customer_id
WHERE p.customer_id IS NULL OR p.email <> c.email
UNION ALL
SELECT NULL, 'unchanged rows are not listed';

CREATE OR REPLACE TABLE analytics.marts.dim_customer_restore
    CLONE analytics.marts.dim_customer
    BEFORE(STATEMENT => '01b2c3d4-0000-1234-0000-00012345abcd');

UNDROP TABLE analytics.marts.dim_customer_old;
"""),

CL("js_udf_and_masking_policy",
   "valid: JavaScript UDF in $$ body (containing '...' and TODO), masking policy with CASE on CURRENT_ROLE(), ALTER ... SET MASKING POLICY",
   r"""
-- JavaScript UDF to normalise phone numbers, plus a masking policy.
CREATE OR REPLACE FUNCTION analytics.util.normalize_phone(PHONE VARCHAR)
RETURNS VARCHAR
LANGUAGE JAVASCRIPT
AS
$$
  if (PHONE === null || PHONE === undefined) { return null; }
  // TODO: handle extensions like "x123" ...
  var digits = PHONE.replace(/[^0-9+]/g, '');
  if (digits.length === 10) { return '+1' + digits; }
  return digits;
$$;

CREATE OR REPLACE MASKING POLICY analytics.util.mask_email AS (val STRING) RETURNS STRING ->
    CASE
        WHEN CURRENT_ROLE() IN ('PII_READER', 'SYSADMIN') THEN val
        ELSE REGEXP_REPLACE(val, '.+@', '*****@')
    END;

ALTER TABLE analytics.marts.dim_customer MODIFY COLUMN email
    SET MASKING POLICY analytics.util.mask_email;

SELECT analytics.util.normalize_phone('(415) 555-0100') AS sample"""),
]
