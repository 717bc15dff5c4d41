from corpus import E

D = "clickhouse"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "web_events_mergetree_table", r"""
CREATE TABLE IF NOT EXISTS web_events
(
    event_date   Date DEFAULT toDate(event_time),
    event_time   DateTime64(3, 'UTC'),
    site_id      UInt32,
    user_id      UInt64,
    event_type   LowCardinality(String),
    url          String,
    referrer     Nullable(String),
    duration_ms  UInt32 CODEC(T64, ZSTD(1))
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (site_id, event_type, event_time)
TTL event_date + INTERVAL 13 MONTH DELETE
SETTINGS index_granularity = 8192;

INSERT INTO web_events (event_time, site_id, user_id, event_type, url, referrer, duration_ms)
SELECT
    toDateTime64('2024-06-01 00:00:00', 3, 'UTC') + toIntervalSecond(number * 37),
    1 + number % 3,
    number % 500,
    ['pageview', 'click', 'scroll'][1 + number % 3],
    concat('/p/', toString(number % 40)),
    if(number % 5 = 0, NULL, 'https://search.example/'),
    number % 4000
FROM numbers(20000);

-- Same TTL as above applies to every partition; nothing else to configure.
SELECT
    site_id,
    event_type,
    count()                        AS events,
    uniq(user_id)                  AS users,
    quantile(0.95)(duration_ms)    AS p95_ms,
    countIf(referrer IS NULL)      AS direct
FROM web_events
WHERE event_date >= '2024-06-01'
GROUP BY site_id, event_type
ORDER BY site_id, events DESC
SETTINGS max_threads = 2;
""", "clean: MergeTree with PARTITION BY/ORDER BY/TTL/SETTINGS, LowCardinality, Nullable, CODEC, numbers() seed, parametric quantile, 'Same TTL as above' comment"),

E("clean", "pageview_rollup_materialized_view", r"""
CREATE TABLE pageviews_raw
(
    ts       DateTime,
    page     String,
    visitor  UInt64,
    ms       UInt32
)
ENGINE = MergeTree
ORDER BY (page, ts);

CREATE TABLE pageviews_hourly
(
    hour      DateTime,
    page      String,
    views     AggregateFunction(count),
    visitors  AggregateFunction(uniq, UInt64),
    avg_ms    AggregateFunction(avg, UInt32)
)
ENGINE = AggregatingMergeTree
ORDER BY (page, hour);

CREATE MATERIALIZED VIEW pageviews_hourly_mv TO pageviews_hourly AS
SELECT
    toStartOfHour(ts)  AS hour,
    page,
    countState()       AS views,
    uniqState(visitor) AS visitors,
    avgState(ms)       AS avg_ms
FROM pageviews_raw
GROUP BY hour, page;

INSERT INTO pageviews_raw
SELECT toDateTime('2024-05-01 00:00:00') + number * 61, concat('/docs/', toString(number % 7)), number % 900, 100 + number % 700
FROM numbers(5000);

SELECT
    page,
    countMerge(views)     AS views,
    uniqMerge(visitors)   AS visitors,
    round(avgMerge(avg_ms)) AS avg_ms
FROM pageviews_hourly
GROUP BY page
ORDER BY views DESC
LIMIT 10;
""", "clean: AggregatingMergeTree with AggregateFunction columns, MATERIALIZED VIEW ... TO, -State/-Merge combinators"),

E("clean", "user_profiles_replacing_merge", r"""
CREATE TABLE user_profiles
(
    user_id     UInt64,
    email       String,
    plan        Enum8('free' = 1, 'pro' = 2, 'team' = 3),
    country     LowCardinality(String),
    updated_at  DateTime,
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY user_id;

INSERT INTO user_profiles VALUES
    (1, 'a@example.com', 'free', 'NL', '2024-01-01 10:00:00', 1),
    (1, 'a@example.com', 'pro',  'NL', '2024-03-05 08:00:00', 2),
    (2, 'b@example.com', 'team', 'DE', '2024-02-10 12:00:00', 1),
    (3, 'c@example.com', 'free', 'FR', '2024-02-11 09:30:00', 1);

-- Latest version per user without waiting for background merges.
SELECT user_id, email, plan, country
FROM user_profiles FINAL
ORDER BY user_id;

-- Equivalent result with argMax, which avoids FINAL on very large tables.
SELECT
    user_id,
    argMax(plan, version)    AS plan,
    argMax(country, version) AS country,
    max(updated_at)          AS last_update
FROM user_profiles
GROUP BY user_id
ORDER BY user_id;

OPTIMIZE TABLE user_profiles FINAL;

SELECT plan, count() AS users FROM user_profiles GROUP BY plan ORDER BY plan;
""", "clean: ReplacingMergeTree(version), Enum8, SELECT ... FINAL, argMax, OPTIMIZE TABLE ... FINAL",
   sqlglot_gap="OPTIMIZE TABLE parsed as opaque Command"),

E("clean", "order_items_array_join", r"""
CREATE TABLE orders
(
    order_id    UInt64,
    customer    String,
    created_at  DateTime,
    skus        Array(String),
    quantities  Array(UInt16),
    prices      Array(Decimal(10, 2))
)
ENGINE = MergeTree
ORDER BY (created_at, order_id);

INSERT INTO orders VALUES
    (1, 'ana',  '2024-04-01 10:00:00', ['A1', 'B2'],       [1, 3],    [9.90, 4.50]),
    (2, 'ben',  '2024-04-01 11:30:00', ['A1'],             [2],       [9.90]),
    (3, 'ana',  '2024-04-02 09:15:00', ['C3', 'B2', 'D4'], [1, 1, 5], [19.00, 4.50, 1.20]);

SELECT
    sku,
    sum(qty)             AS units,
    sum(qty * price)     AS revenue
FROM orders
ARRAY JOIN skus AS sku, quantities AS qty, prices AS price
GROUP BY sku
ORDER BY revenue DESC;

SELECT
    order_id,
    arraySum(arrayMap((q, p) -> q * p, quantities, prices)) AS order_total,
    arrayFilter(s -> startsWith(s, 'B'), skus)              AS b_skus,
    length(skus)                                             AS lines
FROM orders
ORDER BY order_id;

-- Two most recent orders per customer.
SELECT customer, order_id, created_at
FROM orders
ORDER BY customer, created_at DESC
LIMIT 2 BY customer;

SELECT customer, groupArray(order_id) AS order_ids, groupUniqArrayArray(skus) AS distinct_skus
FROM orders
GROUP BY customer;
""", "clean: Array columns, ARRAY JOIN with aliases, higher-order functions with -> lambdas, LIMIT n BY, groupUniqArrayArray"),

E("clean", "ad_click_funnel_analysis", r"""
CREATE TABLE ad_events
(
    ts        DateTime,
    campaign  LowCardinality(String),
    user_id   UInt64,
    action    LowCardinality(String),
    cost      Float64
)
ENGINE = MergeTree
ORDER BY (campaign, ts);

INSERT INTO ad_events
SELECT
    toDateTime('2024-07-01 00:00:00') + number * 45,
    ['spring', 'summer', 'brand'][1 + number % 3],
    number % 1200,
    multiIf(number % 10 < 7, 'impression', number % 10 < 9, 'click', 'purchase'),
    if(number % 10 < 7, 0.002, 0.0)
FROM numbers(30000);

WITH
    0.01 AS min_ctr,
    'Campaign report...' AS title
SELECT
    title,
    campaign,
    countIf(action = 'impression')                              AS impressions,
    countIf(action = 'click')                                   AS clicks,
    countIf(action = 'purchase')                                AS purchases,
    clicks / nullIf(impressions, 0)                             AS ctr,
    sum(cost)                                                   AS spend,
    formatDateTime(max(ts), '%Y-%m-%d %H:%i')                   AS last_event
FROM ad_events
GROUP BY campaign
HAVING ctr >= min_ctr
ORDER BY spend DESC;

SELECT
    toStartOfHour(ts) AS hour,
    count()           AS events,
    sum(count()) OVER (ORDER BY toStartOfHour(ts) ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_events
FROM ad_events
GROUP BY hour
ORDER BY hour
LIMIT 12;

SELECT windowFunnel(3600)(ts, action = 'impression', action = 'click', action = 'purchase') AS level, count() AS users
FROM ad_events
GROUP BY user_id
ORDER BY level DESC
LIMIT 1 BY level;
""", "clean: WITH scalar aliases, countIf, multiIf, alias reuse in same SELECT, window over aggregate, windowFunnel, '...' in a string"),

E("clean", "sensor_metrics_mutations_dictionary", r"""
CREATE TABLE sensor_sites
(
    site_id   UInt64,
    site_name String,
    region    String
)
ENGINE = MergeTree
ORDER BY site_id;

INSERT INTO sensor_sites VALUES (1, 'Dock A', 'north'), (2, 'Dock B', 'north'), (3, 'Yard', 'south');

CREATE DICTIONARY site_dict
(
    site_id   UInt64,
    site_name String,
    region    String
)
PRIMARY KEY site_id
SOURCE(CLICKHOUSE(TABLE 'sensor_sites'))
LAYOUT(FLAT())
LIFETIME(MIN 0 MAX 300);

CREATE TABLE sensor_metrics
(
    site_id  UInt64,
    ts       DateTime,
    temp_c   Float32,
    status   Enum8('ok' = 0, 'warn' = 1, 'fault' = 2)
)
ENGINE = MergeTree
ORDER BY (site_id, ts);

INSERT INTO sensor_metrics
SELECT 1 + number % 3, toDateTime('2024-08-01 00:00:00') + number * 300, 15 + (number % 20) / 2, 'ok'
FROM numbers(2000);

ALTER TABLE sensor_metrics ADD COLUMN IF NOT EXISTS temp_f Float32 DEFAULT temp_c * 9 / 5 + 32;
ALTER TABLE sensor_metrics UPDATE status = 'warn' WHERE temp_c > 22 SETTINGS mutations_sync = 1;
ALTER TABLE sensor_metrics DELETE WHERE ts < '2024-08-01 01:00:00' SETTINGS mutations_sync = 1;

SELECT
    dictGet('site_dict', 'region', site_id) AS region,
    status,
    count()                                 AS readings,
    round(avg(temp_f), 1)                   AS avg_f
FROM sensor_metrics
GROUP BY region, status
ORDER BY region, status;
""", "clean: CREATE DICTIONARY with CLICKHOUSE source, ALTER ... ADD COLUMN DEFAULT, ALTER ... UPDATE/DELETE mutations with SETTINGS, dictGet",
   sqlglot_gap="CREATE DICTIONARY / ALTER TABLE ... UPDATE mutations not understood"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "api_request_log_table", r"""
CREATE TABLE IF NOT EXISTS api_requests
(
    request_id   UUID,
    received_at  DateTime64(3),
    method       LowCardinality(String),
    path         String
    status_code  UInt16,
    latency_ms   UInt32,
    client_ip    IPv4
)
ENGINE = MergeTree
PARTITION BY toDate(received_at)
ORDER BY (path, received_at);

SELECT path, count() AS requests, avg(latency_ms) AS avg_ms
FROM api_requests
GROUP BY path;
""", "syntax-error: missing comma after a column definition", at="path         String"),

E("syntax-error", "article_tag_popularity", r"""
CREATE TABLE IF NOT EXISTS articles
(
    article_id  UInt64,
    published   Date,
    tags        Array(String),
    reads       UInt32
)
ENGINE = MergeTree
ORDER BY article_id;

SELECT
    tag,
    count()    AS articles,
    sum(reads) AS total_reads
FROM articles
ARAY JOIN tags AS tag
WHERE published >= '2024-01-01'
GROUP BY tag
ORDER BY total_reads DESC
LIMIT 25;
""", "syntax-error: ARRAY JOIN misspelt as ARAY JOIN", at="ARAY JOIN tags AS tag"),

E("syntax-error", "top_pages_per_site", r"""
CREATE TABLE IF NOT EXISTS site_hits
(
    site   LowCardinality(String),
    page   String,
    hit_at DateTime
)
ENGINE = MergeTree
ORDER BY (site, hit_at);

SELECT
    site,
    page,
    count() AS hits
FROM site_hits
WHERE hit_at >= now() - INTERVAL 7 DAY
GROUP BY site, page
ORDER BY site, hits DESC
LIMIT 5 BY BY site;
""", "syntax-error: doubled BY in LIMIT n BY", at="LIMIT 5 BY BY site"),

E("syntax-error", "slow_queries_digest", r"""
CREATE TABLE IF NOT EXISTS query_log_copy
(
    event_time     DateTime,
    query_kind     LowCardinality(String),
    normalized     String,
    duration_ms    UInt64,
    read_rows      UInt64
)
ENGINE = MergeTree
ORDER BY event_time;

SELECT
    normalized,
    count()                            AS runs,
    countIf(duration_ms > )            AS slow_runs,
    quantile(0.99)(duration_ms)        AS p99_ms,
    sum(read_rows)                     AS rows_read
FROM query_log_copy
WHERE query_kind = 'Select'
GROUP BY normalized
ORDER BY p99_ms DESC
LIMIT 20;
""", "syntax-error: comparison with a missing right operand inside countIf", at="countIf(duration_ms > )"),

E("syntax-error", "checkout_conversion_daily", r"""
CREATE TABLE IF NOT EXISTS checkout_events
(
    day        Date,
    session_id String,
    step       LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (day, session_id);

SELECT
    day,
    uniqExact(session_id)                                  AS sessions,
    uniqExactIf(session_id, step = 'payment'               AS reached_payment,
    uniqExactIf(session_id, step = 'confirmation')         AS converted,
    round(converted / sessions, 4)                         AS conversion_rate
FROM checkout_events
GROUP BY day
ORDER BY day;
""", "syntax-error: unbalanced parenthesis, uniqExactIf( not closed before AS", at="step = 'payment'               AS reached_payment"),

E("syntax-error", "device_heartbeat_latest", r"""
CREATE TABLE IF NOT EXISTS heartbeats
(
    device_id   UInt64,
    seen_at     DateTime,
    firmware    String,
    battery_pct UInt8,
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY device_id;

SELECT
    device_id,
    seen_at,
    firmware,
    battery_pct
FROM heartbeats FINAL to get the latest version
WHERE battery_pct < 15
ORDER BY battery_pct;
""", "syntax-error: stray English phrase after FINAL", at="FINAL to get the latest version"),

# ---------------------------------------------------------------- truncated
E("truncated", "cdn_access_logs_table", r"""
CREATE TABLE IF NOT EXISTS cdn_access_logs
(
    ts            DateTime,
    pop           LowCardinality(String),
    client_ip     IPv6,
    host          LowCardinality(String),
    path          String,
    status        UInt16,
    bytes_sent    UInt64,
    cache_status  Enum8('HIT' = 1, 'MISS' = 2, 'BYPASS' = 3),
""", "truncated: stops at a line end inside the CREATE TABLE column list"),

E("truncated", "game_sessions_by_hour", r"""
CREATE TABLE IF NOT EXISTS game_sessions
(
    player_id  UInt64,
    started    DateTime,
    ended      DateTime,
    platform   LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (platform, started);

SELECT
    platform,
    formatDateTime(started, '%Y-%m""", "truncated: cut mid-string inside formatDateTime, no final newline"),

E("truncated", "invoice_totals_materialized_view", r"""
CREATE TABLE invoice_lines
(
    invoice_id  UInt64,
    issued_at   DateTime,
    customer_id UInt64,
    amount      Decimal(12, 2)
)
ENGINE = MergeTree
ORDER BY (customer_id, issued_at);

CREATE TABLE invoice_totals
(
    month       Date,
    customer_id UInt64,
    total       Decimal(18, 2)
)
ENGINE = SummingMergeTree
ORDER BY (month, customer_id);

CREATE MATERIALIZED VIEW invoice_totals_mv TO invoice_totals AS
SELECT
    toStartOfMonth(issued_at) AS month,
    customer_id,
    sum(amount)               AS total
FROM invoice_lines
GROUP BY
""", "truncated: final CREATE MATERIALIZED VIEW ends on GROUP BY with no keys and no semicolon"),

E("truncated", "shipping_speed_buckets", r"""
CREATE TABLE IF NOT EXISTS parcels
(
    parcel_id   UInt64,
    shipped_at  DateTime,
    delivered   Nullable(DateTime),
    carrier     LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (carrier, shipped_at);

SELECT
    carrier,
    multiIf(
        delivered IS NULL, 'in transit',
        dateDiff('hour', shipped_at, delivered) <= 24, 'next day',
        dateDiff('hour', shipped_at, delivered) <= 72, '2-3 days',
""", "truncated: stops at a line end inside the open multiIf( call"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "raw_clickstream_table", r"""
CREATE TABLE IF NOT EXISTS clickstream_raw
(
    event_time   DateTime64(3),
    session_id   String,
    user_id      Nullable(UInt64),
    page_url     String,
    -- (other dimensions, as in the Kafka topic schema)
    ingest_time  DateTime DEFAULT now()
)
ENGINE = MergeTree
PARTITION BY toYYYYMMDD(event_time)
ORDER BY (session_id, event_time)
TTL toDate(event_time) + INTERVAL 30 DAY;
""", "placeholder: comment stands for the remaining columns of the table", at="(other dimensions, as in the Kafka topic schema)",
   marker="(other dimensions, as in the <source> schema)"),

E("placeholder", "engagement_event_filter", r"""
CREATE TABLE IF NOT EXISTS app_events
(
    ts          DateTime,
    user_id     UInt64,
    event_type  LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (event_type, ts);

SELECT event_type, uniq(user_id) AS users
FROM app_events
WHERE event_type IN (
    'app_open',
    'screen_view',
    ...
    'purchase'
)
GROUP BY event_type
ORDER BY users DESC;
""", "placeholder: bare ... line inside the IN list stands for omitted event types", at="    ...", marker="bare ... inside an IN list"),

E("placeholder", "daily_rollup_views_setup", r"""
CREATE TABLE IF NOT EXISTS events_daily
(
    day      Date,
    country  LowCardinality(String),
    events   UInt64
)
ENGINE = SummingMergeTree
ORDER BY (day, country);

CREATE MATERIALIZED VIEW IF NOT EXISTS events_daily_mv TO events_daily AS
SELECT toDate(ts) AS day, country, count() AS events
FROM events_raw
GROUP BY day, country;

-- [remaining 9 materialized views follow the same template]

SELECT day, sum(events) AS events FROM events_daily GROUP BY day ORDER BY day;
""", "placeholder: bracketed comment stands for nine omitted CREATE MATERIALIZED VIEW statements", at="[remaining 9 materialized views",
   marker="[remaining N ... follow the same template]"),

E("placeholder", "customer_360_export_query", r"""
SELECT
    c.customer_id,
    c.email,
    c.signup_date,
    /* columns 5..40: see the mapping spreadsheet,
       same expressions as the nightly export */
    o.lifetime_orders,
    o.lifetime_revenue
FROM customers AS c
LEFT JOIN
(
    SELECT customer_id, count() AS lifetime_orders, sum(total) AS lifetime_revenue
    FROM orders
    GROUP BY customer_id
) AS o ON o.customer_id = c.customer_id
ORDER BY o.lifetime_revenue DESC
LIMIT 1000;
""", "placeholder: multi-line block comment stands for 36 omitted select-list columns", at="columns 5..40: see the mapping",
   marker="/* columns N..M: see the mapping ... */"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "disk_usage_by_table", r"""
Sure — here's how you can see which tables use the most disk space in ClickHouse:

SELECT
    database,
    table,
    formatReadableSize(sum(bytes_on_disk))          AS on_disk,
    formatReadableSize(sum(data_uncompressed_bytes)) AS uncompressed,
    round(sum(data_uncompressed_bytes) / sum(data_compressed_bytes), 2) AS ratio,
    sum(rows)                                        AS rows
FROM system.parts
WHERE active
GROUP BY database, table
ORDER BY sum(bytes_on_disk) DESC
LIMIT 20;

The `active` filter matters: inactive parts are leftovers from merges that haven't been cleaned up yet and would double-count the size. Happy to help you tune codecs for the biggest tables if you share their schemas!
""", "llm-chatter: intro and closing offer as bare prose outside comments", at="Sure — here's how", outside=True),

E("llm-chatter", "session_length_histogram", r"""
I've updated the query as requested. Summary of changes:

1. Switched from `avg` to `quantiles` so outliers don't skew the result.
2. Bucketed session lengths into minutes with `intDiv`.
3. Added `WITH TOTALS` for a grand total row.

SELECT
    intDiv(dateDiff('second', started, ended), 60) AS minutes,
    count()                                        AS sessions,
    quantiles(0.5, 0.9)(dateDiff('second', started, ended)) AS p50_p90_seconds
FROM game_sessions
WHERE started >= today() - 7
GROUP BY minutes
WITH TOTALS
ORDER BY minutes
LIMIT 60;
""", "llm-chatter: 'Summary of changes' intro with numbered list as bare prose before the SQL", at="I've updated the query", outside=True),
]
