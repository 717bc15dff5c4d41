from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("top_pages_per_day", "B",
   "stray words 'and then by path' after 'hits DESC' in ORDER BY (line {line})",
   ("hits DESC and then by path", "hits DESC, path"),
   r"""
-- Top 20 pages per day for the content team
SELECT
    toDate(event_time)            AS day,
    path,
    count()                       AS hits,
    uniqExact(session_id)         AS sessions
FROM web.pageviews
WHERE event_time >= now() - INTERVAL 14 DAY
  AND NOT is_bot
GROUP BY day, path
ORDER BY day ASC, hits DESC and then by path
LIMIT 20 BY day
SETTINGS max_threads = 8;

-- one result set per day, used by the weekly email
"""),

SE("sessions_replacing_table", "C",
   "sentence 'This keeps one row per session' spliced between ENGINE and ORDER BY (line {line})",
   ("This keeps one row per session\n", ""),
   r"""
-- Sessions table, deduplicated on merge by the latest version
CREATE TABLE IF NOT EXISTS web.sessions
(
    session_id   UUID,
    user_id      UInt64,
    started_at   DateTime,
    ended_at     DateTime,
    page_views   UInt32,
    country      LowCardinality(String),
    version      UInt64
)
ENGINE = ReplacingMergeTree(version)
This keeps one row per session
PARTITION BY toYYYYMM(started_at)
ORDER BY (user_id, session_id)
SETTINGS index_granularity = 8192;

OPTIMIZE TABLE web.sessions FINAL;
"""),

SE("positive_amounts_per_user", "E",
   "arrayFilter( is never closed before AS positives (line {line})",
   ("groupArray(amount) AS positives", "groupArray(amount)) AS positives"),
   r"""
-- Per-user arrays of positive transaction amounts
SELECT
    user_id,
    groupArray(amount)                                   AS all_amounts,
    arrayFilter(x -> x > 0, groupArray(amount) AS positives,
    arraySum(positives)                                  AS positive_total,
    length(positives)                                    AS positive_count
FROM billing.transactions
WHERE created_at >= toStartOfMonth(today())
GROUP BY user_id
HAVING positive_count > 0
ORDER BY positive_total DESC
LIMIT 100;
"""),

SE("checkout_funnel_paths", "G",
   "string literal '/checkout% is never closed, so the quote runs into the following statements (line {line})",
   ("LIKE '/checkout%\n", "LIKE '/checkout%'\n"),
   r"""
-- Sessions that reached checkout, with their step sequence
CREATE TEMPORARY TABLE checkout_sessions AS
SELECT DISTINCT session_id
FROM web.pageviews
WHERE path LIKE '/checkout%
  AND event_time >= today() - 7;

SELECT
    p.session_id,
    groupArray(p.path) AS steps,
    max(p.event_time) - min(p.event_time) AS duration_s
FROM web.pageviews AS p
WHERE p.session_id IN (SELECT session_id FROM checkout_sessions)
GROUP BY p.session_id
ORDER BY duration_s DESC
LIMIT 500;
"""),

SE("error_rate_last_hours", "H",
   "missing right operand after the minus: 'now() - AND' (line {line})",
   ("now() - AND", "now() - INTERVAL 6 HOUR AND"),
   r"""
-- Error rate per service over the last six hours, 5-minute buckets
SELECT
    toStartOfFiveMinutes(ts)             AS bucket,
    service,
    countIf(status_code >= 500)          AS errors,
    count()                              AS requests,
    round(errors / requests * 100, 2)    AS error_pct
FROM logs.http_requests
WHERE ts >= now() - AND service IN ('api', 'checkout', 'search')
GROUP BY bucket, service
ORDER BY bucket, service
WITH FILL STEP 300;

-- feeds the on-call dashboard
"""),

SE("tenant_events_table", "K",
   "two consecutive commas in the ORDER BY key tuple (line {line})",
   ("ORDER BY (tenant_id,, event_date", "ORDER BY (tenant_id, event_date"),
   r"""
-- Multi-tenant events table
CREATE TABLE IF NOT EXISTS analytics.tenant_events
(
    tenant_id    UInt32,
    event_date   Date DEFAULT toDate(event_time),
    event_time   DateTime64(3),
    event_type   LowCardinality(String),
    user_id      UInt64,
    properties   Map(String, String)
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (tenant_id,, event_date, event_type, user_id)
TTL event_date + INTERVAL 13 MONTH
SETTINGS index_granularity = 8192;

ALTER TABLE analytics.tenant_events ADD INDEX idx_event_type event_type TYPE set(100) GRANULARITY 4;
"""),

SE("order_size_buckets", "N",
   "CASE for size_bucket has ELSE but no END before the alias (line {line})",
   ("ELSE 'large' AS size_bucket", "ELSE 'large' END AS size_bucket"),
   r"""
-- Distribution of order sizes per marketplace
SELECT
    marketplace,
    CASE
        WHEN total < 20 THEN 'small'
        WHEN total < 100 THEN 'medium'
        ELSE 'large' AS size_bucket,
    count() AS orders,
    sum(total) AS revenue
FROM shop.orders
WHERE order_date BETWEEN '2024-09-01' AND '2024-09-30'
GROUP BY marketplace, size_bucket
ORDER BY marketplace, size_bucket;
"""),

SE("backfill_daily_rollup", "D",
   "INSERT restarts: the abandoned 'INSERT INTO analytics.daily_rollup (day, tenant_id, events)' line is followed by a second INSERT INTO with the full column list (line {line})",
   ("INSERT INTO analytics.daily_rollup (day, tenant_id, events)\n", ""),
   r"""
-- Backfill the daily rollup for September
ALTER TABLE analytics.daily_rollup DELETE WHERE day BETWEEN '2024-09-01' AND '2024-09-30';

INSERT INTO analytics.daily_rollup (day, tenant_id, events)
INSERT INTO analytics.daily_rollup (day, tenant_id, events, users, sessions)
SELECT
    event_date AS day,
    tenant_id,
    count() AS events,
    uniq(user_id) AS users,
    uniq(properties['session_id']) AS sessions
FROM analytics.tenant_events
WHERE event_date BETWEEN '2024-09-01' AND '2024-09-30'
GROUP BY day, tenant_id;

SELECT day, sum(events) FROM analytics.daily_rollup GROUP BY day ORDER BY day;
""", loc="INSERT INTO analytics.daily_rollup (day, tenant_id, events, users"),

# ----------------------------------------------------------------- placeholder
PH("metrics_table_with_projection", "comment",
   "comment-only elision '-- (projection definitions unchanged)' in place of the table's PROJECTION clauses (line {line})",
   "-- (projection definitions unchanged)",
   r"""
-- Metrics table with per-host projection
CREATE TABLE IF NOT EXISTS monitoring.metrics
(
    ts        DateTime CODEC(Delta, ZSTD(3)),
    host      LowCardinality(String),
    metric    LowCardinality(String),
    value     Float64 CODEC(Gorilla),
    tags      Map(LowCardinality(String), String)
    -- (projection definitions unchanged)
)
ENGINE = MergeTree
PARTITION BY toDate(ts)
ORDER BY (metric, host, ts)
TTL ts + INTERVAL 30 DAY DELETE;
"""),

PH("raw_clicks_table", "marker",
   "'index_granularity = 8192, ...' leaves an ellipsis in the SETTINGS list (line {line})",
   "index_granularity = 8192, ...",
   r"""
-- Raw click stream, landing table for the Kafka consumer
CREATE TABLE IF NOT EXISTS ads.raw_clicks
(
    click_id     UUID,
    campaign_id  UInt32,
    ad_id        UInt64,
    clicked_at   DateTime,
    ip           IPv4,
    user_agent   String,
    country      LowCardinality(String)
)
ENGINE = MergeTree
PARTITION BY toYYYYMMDD(clicked_at)
ORDER BY (campaign_id, clicked_at)
SETTINGS index_granularity = 8192, ...;
"""),

PH("app_events_enum_table", "marker",
   "'<add the rest of the enum values>' left inside the Enum8 definition (line {line})",
   "<add the rest of the enum values>",
   r"""
-- App events with a compact platform enum
CREATE TABLE IF NOT EXISTS app.events
(
    event_time  DateTime,
    user_id     UInt64,
    platform    Enum8('ios' = 1, 'android' = 2, <add the rest of the enum values>),
    event_name  LowCardinality(String),
    app_version String,
    payload     String
)
ENGINE = MergeTree
ORDER BY (event_name, event_time);

INSERT INTO app.events (event_time, user_id, platform, event_name, app_version, payload)
VALUES (now(), 1, 'ios', 'app_open', '5.2.0', '{}');
"""),

# ------------------------------------------------------------------- truncated
TR("revenue_arrays_per_user", "mid-token",
   "output stops mid-identifier inside arrayMap(...): 'grou' (line {line})",
   r"""
-- Per-user revenue arrays for the LTV notebook
SET max_memory_usage = 20000000000;

CREATE TEMPORARY TABLE ltv_users AS
SELECT DISTINCT user_id FROM shop.orders WHERE order_date >= '2023-01-01';

SELECT
    user_id,
    groupArray(order_date)                         AS order_dates,
    groupArray(amount)                             AS amounts,
    arrayCumSum(amounts)                           AS running_revenue,
    arrayMap((d, a) -> (toString(d), a), order_dates, amounts) AS pairs,
    arrayMap(x -> round(x * 1.19, 2), grou"""),

TR("page_timings_table", "open-construct",
   "CREATE TABLE stops inside the column list after the last column line; closing parenthesis and ENGINE are missing (line {line})",
   r"""
-- Real user monitoring: page timing beacons
CREATE TABLE IF NOT EXISTS rum.page_timings
(
    received_at      DateTime DEFAULT now(),
    page_url         String,
    country          LowCardinality(String),
    device_type      Enum8('desktop' = 1, 'mobile' = 2, 'tablet' = 3),
    ttfb_ms          UInt32,
    fcp_ms           UInt32,
    lcp_ms           UInt32,
    cls              Float32,
    inp_ms           Nullable(UInt32),
"""),

TR("gdpr_user_erasure", "incomplete-stmt",
   "final ALTER TABLE ... DELETE mutation ends at 'WHERE' with no condition and no semicolon (line {line})",
   r"""
-- GDPR erasure for the users in the request batch
CREATE TEMPORARY TABLE erase_ids (user_id UInt64);

INSERT INTO erase_ids SELECT user_id FROM compliance.erasure_requests WHERE batch_id = 118;

ALTER TABLE web.pageviews DELETE WHERE user_id IN (SELECT user_id FROM erase_ids);

ALTER TABLE web.sessions DELETE WHERE user_id IN (SELECT user_id FROM erase_ids);

ALTER TABLE app.events DELETE
WHERE
"""),

# ----------------------------------------------------------------------- clean
CL("orders_mergetree_ddl",
   "valid: MergeTree DDL with LowCardinality, Nullable, CODEC, MATERIALIZED and ALIAS columns, PARTITION BY, TTL, SETTINGS; COMMENT mentions 'rest of'",
   r"""
-- Note: ORDER BY doubles as the primary key here.
CREATE TABLE IF NOT EXISTS shop.orders
(
    order_id      UInt64,
    marketplace   LowCardinality(String),
    customer_id   UInt64,
    order_time    DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    order_date    Date MATERIALIZED toDate(order_time),
    items         Array(Tuple(sku String, qty UInt16, price Decimal(12, 2))),
    total         Decimal(12, 2),
    coupon        Nullable(String),
    total_gross   Decimal(12, 2) ALIAS total * 1.19,
    INDEX idx_coupon coupon TYPE bloom_filter GRANULARITY 4
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(order_date)
ORDER BY (marketplace, order_date, order_id)
TTL order_date + INTERVAL 3 YEAR
SETTINGS index_granularity = 8192
COMMENT 'orders; rest of the fields in shop.order_details';

ALTER TABLE shop.orders MODIFY TTL order_date + INTERVAL 5 YEAR;"""),

CL("hourly_stats_materialized_view",
   "valid: AggregatingMergeTree target with AggregateFunction columns, materialized view TO target using -State combinators, query with -Merge",
   r"""
CREATE TABLE IF NOT EXISTS web.hourly_stats
(
    hour        DateTime,
    path        String,
    hits        AggregateFunction(count),
    visitors    AggregateFunction(uniq, UInt64),
    p95_ms      AggregateFunction(quantile(0.95), UInt32)
)
ENGINE = AggregatingMergeTree
ORDER BY (hour, path);

CREATE MATERIALIZED VIEW IF NOT EXISTS web.hourly_stats_mv TO web.hourly_stats AS
SELECT
    toStartOfHour(event_time)   AS hour,
    path,
    countState()                AS hits,
    uniqState(user_id)          AS visitors,
    quantileState(0.95)(load_ms) AS p95_ms
FROM web.pageviews
GROUP BY hour, path;

-- Here is how the dashboard reads it back.
SELECT hour, path, countMerge(hits) AS hits, uniqMerge(visitors) AS visitors,
       quantileMerge(0.95)(p95_ms) AS p95_ms
FROM web.hourly_stats
WHERE hour >= now() - INTERVAL 1 DAY
GROUP BY hour, path
ORDER BY hits DESC
LIMIT 50;
"""),

CL("cart_arrays_lambdas_params",
   "valid: query parameters {start:Date} / {tenant:UInt32}, arrayMap/arrayFilter lambdas, ARRAY JOIN, LIMIT BY, WITH FILL, SETTINGS",
   r"""
-- Query parameters are bound by clickhouse-client (--param_start=..., --param_tenant=...).
-- TODO: add the currency conversion ... later
SELECT
    toDate(c.created_at)                                  AS day,
    c.cart_id,
    arrayMap(i -> i.2 * i.3, c.items)                     AS line_totals,
    arraySum(line_totals)                                 AS cart_total,
    arrayFilter(s -> startsWith(s, 'PROMO'), c.coupons)   AS promo_codes,
    item.1                                                AS sku
FROM shop.carts AS c
ARRAY JOIN c.items AS item
WHERE c.tenant_id = {tenant:UInt32}
  AND c.created_at >= {start:Date}
  AND notEmpty(c.items)
ORDER BY day ASC WITH FILL STEP 1, cart_total DESC
LIMIT 5 BY day
SETTINGS max_execution_time = 60, join_use_nulls = 1"""),

CL("customer_latest_state_dictionary",
   "valid: ReplacingMergeTree with FINAL, argMax, CREATE DICTIONARY with SOURCE/LAYOUT/LIFETIME, dictGet in a query",
   r"""
-- Note: FINAL is fine here, the table is small; the rest of the dedup happens on merge.
CREATE TABLE IF NOT EXISTS crm.customers
(
    customer_id UInt64,
    email       String,
    tier        LowCardinality(String),
    updated_at  DateTime
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY customer_id;

CREATE DICTIONARY IF NOT EXISTS crm.customer_tier_dict
(
    customer_id UInt64,
    tier        String DEFAULT 'unknown'
)
PRIMARY KEY customer_id
SOURCE(CLICKHOUSE(TABLE 'customers' DB 'crm'))
LAYOUT(HASHED())
LIFETIME(MIN 300 MAX 600);

SELECT customer_id, argMax(tier, updated_at) AS current_tier
FROM crm.customers FINAL
GROUP BY customer_id
LIMIT 10;

SELECT o.order_id, dictGet('crm.customer_tier_dict', 'tier', o.customer_id) AS tier
FROM shop.orders AS o
WHERE o.order_time >= now() - INTERVAL 1 HOUR;
"""),

CL("s3_import_and_mutation",
   "valid: INSERT ... SELECT FROM s3() table function with format and schema, ALTER TABLE ... UPDATE mutation, SYSTEM command; string with '...'",
   r"""
-- Import yesterday's partner file from S3 and fix up currency codes.
INSERT INTO partners.sales (sale_id, partner_id, sold_at, amount, currency)
SELECT sale_id, partner_id, sold_at, amount, upper(currency)
FROM s3(
    'https://acme-partner-drop.s3.eu-west-1.amazonaws.com/sales/2024-10-01/*.csv.gz',
    'CSVWithNames',
    'sale_id UInt64, partner_id UInt32, sold_at DateTime, amount Decimal(12, 2), currency String'
)
SETTINGS input_format_allow_errors_num = 10;

ALTER TABLE partners.sales
    UPDATE currency = 'EUR'
    WHERE currency IN ('', 'EURO', '...') AND toDate(sold_at) = yesterday();

SYSTEM FLUSH LOGS;

SELECT partner_id, count() AS rows, sum(amount) AS amount
FROM partners.sales
WHERE toDate(sold_at) = yesterday()
GROUP BY partner_id
ORDER BY amount DESC;
"""),
]
