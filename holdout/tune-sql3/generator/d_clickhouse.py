from corpus import se, ph, tr, lm, cl
D = 'clickhouse'

# ---------------------------------------------------------------- syntax-error
se(D, 'page_latency_percentiles', """\
-- p50/p95 page latency per route for the last hour
SELECT
    r.route_name,
    e.route_id e.region,
    quantile(0.5)(e.duration_ms) AS p50_ms,
    quantile(0.95)(e.duration_ms) AS p95_ms,
    count() AS requests
FROM web.request_events AS e
INNER JOIN web.routes AS r ON r.route_id = e.route_id
WHERE e.event_time >= now() - INTERVAL 1 HOUR
GROUP BY r.route_name, e.route_id, e.region
ORDER BY p95_ms DESC
LIMIT 50;

SELECT count() FROM web.request_events WHERE event_time >= now() - INTERVAL 1 HOUR;
""", "missing comma between select items 'e.route_id e.region' (line {line})",
   mark="e.route_id e.region,", fix="e.route_id, e.region,")

se(D, 'top_error_messages', """\
-- Most frequent error messages today
SELECT
    service,
    substring(message, 1, 120) AS message_prefix,
    count() AS occurrences,
    max(event_time) AS last_seen
FROM logs.app_logs
WHERE level = 'ERROR'
  AND event_date = today()
GROUP BY service, message_prefix
ODER BY occurrences DESC
LIMIT 25;

SELECT service, count() AS errors
FROM logs.app_logs
WHERE level = 'ERROR' AND event_date = today()
GROUP BY service;
""", "misspelt keyword ODER BY (line {line})",
   mark="ODER BY occurrences", fix="ORDER BY occurrences")

se(D, 'funnel_window', """\
-- Signup funnel with windowFunnel over a 1-day window
SELECT
    level,
    count() AS users
FROM (
    SELECT
        user_id,
        windowFunnel(86400)(event_time, event_type = 'visit', event_type = 'signup_start', event_type = 'signup_done' AS level
    FROM analytics.events
    WHERE event_date >= today() - 7
    GROUP BY user_id
)
GROUP BY level
ORDER BY level;

SELECT uniqExact(user_id) AS visitors
FROM analytics.events
WHERE event_type = 'visit' AND event_date >= today() - 7;
""", "unclosed '(' in the windowFunnel(...) argument list; more statements follow (line {line})",
   mark="event_type = 'signup_done' AS level", fix="event_type = 'signup_done') AS level")

se(D, 'bot_traffic_filter', """\
-- Requests from suspected bots in the last day
SELECT
    client_ip,
    user_agent,
    count() AS hits,
    uniqExact(path) AS distinct_paths
FROM web.request_events
WHERE WHERE event_time >= now() - INTERVAL 1 DAY
  AND (user_agent ILIKE '%bot%' OR user_agent = '')
GROUP BY client_ip, user_agent
HAVING hits > 1000
ORDER BY hits DESC;

SELECT count() FROM web.blocked_ips;
""", "doubled keyword 'WHERE WHERE' (line {line})",
   mark="WHERE WHERE event_time", fix="WHERE event_time")

se(D, 'order_size_bands', """\
-- Orders grouped into size bands
SELECT
    CASE
        WHEN total_amount < 20 THEN 'small'
        WHEN total_amount < 100 'medium'
        WHEN total_amount < 500 THEN 'large'
        ELSE 'x-large'
    END AS size_band,
    count() AS orders,
    sum(total_amount) AS revenue
FROM shop.orders
WHERE order_date >= toStartOfMonth(today())
GROUP BY size_band
ORDER BY revenue DESC;

SELECT max(total_amount) FROM shop.orders;
""", "CASE branch missing THEN (line {line})",
   mark="< 100 'medium'", fix="< 100 THEN 'medium'")

se(D, 'cart_abandonment', """\
-- Carts created but not checked out within 24 hours
SELECT
    c.cart_id,
    c.user_id,
    c.created_at,
    c.items_count
FROM shop.carts AS c
LEFT JOIN shop.checkouts AS k ON k.cart_id = c.cart_id
WHERE k.cart_id = 0 which
  AND c.created_at < now() - INTERVAL 24 HOUR
  AND c.created_at >= now() - INTERVAL 7 DAY
ORDER BY c.created_at DESC
LIMIT 1000;

SELECT count() FROM shop.carts WHERE created_at >= now() - INTERVAL 7 DAY;
""", "stray prose word 'which' after a WHERE condition (line {line})",
   mark="k.cart_id = 0 which\n", fix="k.cart_id = 0\n")

# ---------------------------------------------------------------- placeholder
ph(D, 'create_sessions_table', """\
-- Sessions table (one row per session, replaced on late updates)
CREATE TABLE IF NOT EXISTS analytics.sessions
(
    session_id UUID,
    user_id UInt64,
    started_at DateTime64(3, 'UTC'),
    ended_at Nullable(DateTime64(3, 'UTC')),
    -- … (remaining dimension columns unchanged)
    country LowCardinality(String),
    version UInt32
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(started_at)
ORDER BY (user_id, session_id);
""", "comment-only elision in the CREATE TABLE column list (line {line})",
   mark="-- … (remaining dimension columns unchanged)", breaks=False)

ph(D, 'backfill_daily_rollups', """\
-- Backfill daily rollups month by month
INSERT INTO analytics.daily_rollup
SELECT event_date, event_type, count() AS events, uniq(user_id) AS users
FROM analytics.events
WHERE event_date BETWEEN '2024-01-01' AND '2024-01-31'
GROUP BY event_date, event_type;

…

INSERT INTO analytics.daily_rollup
SELECT event_date, event_type, count() AS events, uniq(user_id) AS users
FROM analytics.events
WHERE event_date BETWEEN '2024-12-01' AND '2024-12-31'
GROUP BY event_date, event_type;
""", "bare unicode ellipsis line between statements standing in for the middle months (line {line})",
   mark="\n…\n", breaks=True)

ph(D, 'engagement_events', """\
-- Engagement events per user for the last week
SELECT
    user_id,
    countIf(event_type = 'click') AS clicks,
    countIf(event_type = 'scroll') AS scrolls,
    count() AS total
FROM analytics.events
WHERE event_date >= today() - 7
  AND event_type IN ('click', 'scroll', 'hover', ...)
GROUP BY user_id
ORDER BY total DESC
LIMIT 100;
""", "'...' as the last element of an IN list (line {line})",
   mark="'hover', ...)", breaks=True)

# ---------------------------------------------------------------- truncated
tr(D, 'requests_per_interval', """\
-- Requests per 5-minute bucket for the status page
SELECT
    toStartOfInterval(event_time, INTERVAL 5 MINUTE) AS bucket,
    countIf(status >= 500) AS errors,
    count() AS requests,
    round(errors / requests, 4) AS error_rate
FROM web.request_events
WHERE event_time >= now() - INTERVAL 6 HOUR
GROUP BY bucket
HAVING requests > 0
   AND max(duration_m""", "cut mid-identifier inside an open max( call in HAVING, no final newline (line {line})", kind='a')

tr(D, 'create_orders_local', """\
-- Replicated orders table on each shard
CREATE TABLE IF NOT EXISTS shop.orders_local ON CLUSTER main
(
    order_id UInt64,
    user_id UInt64,
    status Enum8('new' = 1, 'paid' = 2, 'shipped' = 3, 'cancelled' = 4),
    total_amount Decimal(12, 2),
    items Array(Tuple(sku String, qty UInt16, price Decimal(12, 2))),
    created_at DateTime,
    updated_at DateTime,
    attributes Map(String, String),
""", "stops after a column definition inside the open CREATE TABLE column list (line {line})", kind='b')

tr(D, 'purge_test_accounts', """\
-- Remove events produced by internal test accounts
SELECT count() AS test_events
FROM analytics.events
WHERE user_id IN (SELECT user_id FROM analytics.test_accounts);

INSERT INTO analytics.purge_log (table_name, purged_at)
VALUES ('analytics.events', now());

SELECT event_date, count() AS remaining
FROM analytics.events
WHERE
""", "last SELECT stops at a bare WHERE, no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'events_repository', """\
package store

import (
\t"context"
\t"time"

\t"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

type EventRepo struct {
\tconn driver.Conn
}

const countByTypeQuery = `
SELECT event_type, count() AS n
FROM analytics.events
WHERE event_date >= {since:Date}
GROUP BY event_type
ORDER BY n DESC`

func (r *EventRepo) CountByType(ctx context.Context, since time.Time) (map[string]uint64, error) {
\trows, err := r.conn.Query(ctx, countByTypeQuery, clickhouse.Named("since", since))
\tif err != nil {
\t\treturn nil, err
\t}
\tdefer rows.Close()
\tout := make(map[string]uint64)
\tfor rows.Next() {
\t\tvar typ string
\t\tvar n uint64
\t\tif err := rows.Scan(&typ, &n); err != nil {
\t\t\treturn nil, err
\t\t}
\t\tout[typ] = n
\t}
\treturn out, rows.Er""", "Go repository file with a ClickHouse query in a raw string; cut mid-line at the end", cut=True, lang='go')

# ---------------------------------------------------------------- clean
cl(D, 'events_pipeline_ddl', """\
-- -----------------------------------------------------------
-- Events pipeline: raw table, rollup target, materialized view
-- Note: TTL drops raw rows after 90 days; rollups are kept.
-- -----------------------------------------------------------
CREATE TABLE IF NOT EXISTS analytics.events_raw
(
    event_time DateTime64(3, 'UTC') CODEC(Delta, ZSTD(3)),
    event_date Date DEFAULT toDate(event_time),
    user_id UInt64,
    event_type LowCardinality(String),
    properties Map(String, String),
    tags Array(String),
    revenue Nullable(Decimal(12, 2))
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (event_type, user_id, event_time)
TTL event_date + INTERVAL 90 DAY
SETTINGS index_granularity = 8192;

CREATE TABLE IF NOT EXISTS analytics.events_daily
(
    event_date Date,
    event_type LowCardinality(String),
    users AggregateFunction(uniq, UInt64),
    revenue SimpleAggregateFunction(sum, Decimal(38, 2))
)
ENGINE = AggregatingMergeTree
ORDER BY (event_date, event_type);

CREATE MATERIALIZED VIEW IF NOT EXISTS analytics.mv_events_daily
TO analytics.events_daily
AS SELECT
    event_date,
    event_type,
    uniqState(user_id) AS users,
    sum(coalesce(revenue, 0)) AS revenue
FROM analytics.events_raw
GROUP BY event_date, event_type;
""", "MergeTree with PARTITION BY/ORDER BY/TTL/SETTINGS, CODEC(Delta, ZSTD), LowCardinality, Map, Array, Nullable(Decimal), AggregateFunction/SimpleAggregateFunction columns, AggregatingMergeTree, MATERIALIZED VIEW ... TO with uniqState; '-- ----' separators, 'Note:'")

cl(D, 'user_tag_report', """\
-- Here is the per-user tag report for the dashboard ... parameters come from the HTTP query string.
SELECT
    user_id,
    arrayFilter(t -> NOT startsWith(t, 'internal:'), groupUniqArray(tag)) AS public_tags,
    arrayMap(x -> upper(x), arraySlice(public_tags, 1, 3)) AS top_tags_upper,
    length(public_tags) AS tag_count,
    argMax(country, event_time) AS last_country
FROM analytics.events_raw
ARRAY JOIN tags AS tag
WHERE event_date BETWEEN {date_from:Date} AND {date_to:Date}
  AND event_type = {event_type:String}
GROUP BY user_id
HAVING tag_count > 0
ORDER BY tag_count DESC
LIMIT {limit:UInt32}
FORMAT JSONEachRow""", "lambdas in arrayFilter/arrayMap, groupUniqArray, argMax, ARRAY JOIN, {name:Type} query parameters, FORMAT JSONEachRow; comment with 'Here is' and '...'; no final newline, no ';'")

cl(D, 'retention_matrix', """\
-- Weekly retention; TODO(analytics): move to a materialized view once stable.
WITH
    toMonday(f.first_seen) AS cohort_week,
    firsts AS (
        SELECT user_id, min(event_date) AS first_seen
        FROM analytics.events_raw
        GROUP BY user_id
    )
SELECT
    cohort_week,
    dateDiff('week', cohort_week, toMonday(e.event_date)) AS week_n,
    uniqExact(e.user_id) AS active_users
FROM analytics.events_raw AS e
INNER JOIN firsts AS f USING (user_id)
WHERE e.event_date >= today() - 7 * 12
GROUP BY cohort_week, week_n
ORDER BY cohort_week, week_n
SETTINGS max_threads = 8, join_algorithm = 'hash';
""", "WITH <expression> AS alias alongside a CTE, toMonday, dateDiff, uniqExact, INNER JOIN ... USING, SETTINGS clause; comment with 'TODO'")

cl(D, 'top_pages_per_country', """\
-- Top 3 pages per country; the rest of the long tail is dropped with LIMIT BY.
SELECT
    country,
    path,
    count() AS views,
    quantiles(0.5, 0.9)(load_ms) AS load_q
FROM web.page_views
PREWHERE event_date = yesterday()
WHERE path NOT LIKE '/admin/%'
GROUP BY country, path
ORDER BY country, views DESC
LIMIT 3 BY country
""", "PREWHERE, quantiles(...)(...) parametric aggregate, LIMIT n BY; comment with 'rest of'; last statement has no ';'")
