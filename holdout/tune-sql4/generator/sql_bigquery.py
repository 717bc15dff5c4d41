from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("daily_signups_by_country", "B",
   "stray words 'as needed' after the GROUP BY list (line {line})",
   ("GROUP BY 1, 2 as needed", "GROUP BY 1, 2"),
   r"""
-- Daily signups by country for the growth deck
SELECT
  DATE(u.created_at, 'Europe/Berlin') AS signup_date,
  u.country_code,
  COUNT(*) AS signups,
  COUNTIF(u.referrer IS NOT NULL) AS referred_signups
FROM `acme-analytics.core.users` AS u
WHERE u.created_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 90 DAY)
  AND NOT u.is_internal
GROUP BY 1, 2 as needed
HAVING COUNT(*) >= 5
ORDER BY signup_date DESC, signups DESC
LIMIT 1000;

-- feeds the "Signups by country" chart
"""),

SE("session_device_mix", "D",
   "select list restarts: 'SELECT user_id, country,' repeated after the first two columns (line {line})",
   ("  country,\nSELECT\n  user_id,\n  country,\n", "  country,\n"),
   r"""
-- Device mix per user over the last 28 days
CREATE OR REPLACE TABLE `acme-analytics.marts.user_device_mix` AS
SELECT
  user_id,
  country,
SELECT
  user_id,
  country,
  COUNTIF(device_category = 'mobile')  AS mobile_sessions,
  COUNTIF(device_category = 'desktop') AS desktop_sessions,
  COUNTIF(device_category = 'tablet')  AS tablet_sessions,
  COUNT(*) AS sessions
FROM `acme-analytics.staging.sessions`
WHERE session_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 28 DAY)
GROUP BY user_id, country;

SELECT COUNT(*) AS users FROM `acme-analytics.marts.user_device_mix`;
""", loc="SELECT\n  user_id,\n  country,\n  COUNTIF"),

SE("refresh_order_facts", "G",
   "backtick-quoted table name `acme-analytics.staging.orders is never closed, swallowing the following statements (line {line})",
   ("`acme-analytics.staging.orders\n", "`acme-analytics.staging.orders`\n"),
   r"""
-- Rebuild today's partition of the order facts table
DELETE FROM `acme-analytics.marts.fct_orders`
WHERE order_date = CURRENT_DATE();

INSERT INTO `acme-analytics.marts.fct_orders` (order_id, customer_id, order_date, amount)
SELECT order_id, customer_id, DATE(created_at), amount
FROM `acme-analytics.staging.orders
WHERE DATE(created_at) = CURRENT_DATE()
  AND status != 'test';

UPDATE `acme-analytics.ops.job_state`
SET last_success = CURRENT_TIMESTAMP()
WHERE job_name = 'refresh_order_facts';

SELECT COUNT(*) FROM `acme-analytics.marts.fct_orders` WHERE order_date = CURRENT_DATE();
"""),

SE("campaign_conversion_rates", "H",
   "missing second argument in SAFE_DIVIDE(conversions, ) (line {line})",
   ("SAFE_DIVIDE(conversions, )", "SAFE_DIVIDE(conversions, clicks)"),
   r"""
-- Conversion rate per campaign
WITH agg AS (
  SELECT
    campaign_id,
    COUNTIF(event_name = 'click') AS clicks,
    COUNTIF(event_name = 'purchase') AS conversions,
    SUM(IF(event_name = 'purchase', revenue, 0)) AS revenue
  FROM `acme-analytics.marts.ad_events`
  WHERE event_date BETWEEN '2024-09-01' AND '2024-09-30'
  GROUP BY campaign_id
)
SELECT
  a.campaign_id,
  c.campaign_name,
  a.clicks,
  a.conversions,
  SAFE_DIVIDE(conversions, ) AS conversion_rate,
  a.revenue
FROM agg AS a
JOIN `acme-analytics.core.campaigns` AS c USING (campaign_id)
ORDER BY conversion_rate DESC;
"""),

SE("orders_with_customer_segment", "I",
   "LEFT JOIN ... AS seg ON with nothing after ON before WHERE (line {line})",
   ("AS seg ON\n", "AS seg ON seg.customer_id = o.customer_id\n"),
   r"""
-- Orders enriched with the customer's current segment
SELECT
  o.order_id,
  o.customer_id,
  o.order_ts,
  o.amount,
  seg.segment,
  seg.segment_assigned_at
FROM `acme-analytics.marts.fct_orders` AS o
LEFT JOIN `acme-analytics.marts.customer_segments` AS seg ON
WHERE o.order_ts >= TIMESTAMP '2024-01-01 00:00:00+00'
  AND o.amount > 0
ORDER BY o.order_ts DESC
LIMIT 500;
"""),

SE("product_feed_export", "K",
   "two consecutive commas between the brand and category_path columns (line {line})",
   ("p.brand,,", "p.brand,"),
   r"""
-- Product feed for the shopping ads export
SELECT
  p.product_id,
  p.title,
  p.brand,,
  p.category_path,
  ARRAY_LENGTH(p.variants) AS variant_count,
  (SELECT MIN(v.price) FROM UNNEST(p.variants) AS v WHERE v.is_active) AS min_price,
  TO_JSON_STRING(p.attributes) AS attributes_json,
  p.image_url,
  p.updated_at
FROM `acme-analytics.core.products` AS p
WHERE p.is_published
  AND p.updated_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 1 DAY)
ORDER BY p.product_id;
"""),

SE("support_ticket_sla_buckets", "N",
   "CASE for sla_bucket has ELSE but no END before the alias (line {line})",
   ("ELSE 'breached' AS sla_bucket", "ELSE 'breached' END AS sla_bucket"),
   r"""
-- Bucket tickets by time to first response
SELECT
  t.ticket_id,
  t.priority,
  TIMESTAMP_DIFF(t.first_response_at, t.created_at, MINUTE) AS response_minutes,
  CASE
    WHEN t.first_response_at IS NULL THEN 'no_response'
    WHEN TIMESTAMP_DIFF(t.first_response_at, t.created_at, MINUTE) <= 60 THEN 'within_1h'
    WHEN TIMESTAMP_DIFF(t.first_response_at, t.created_at, MINUTE) <= 480 THEN 'within_8h'
    ELSE 'breached' AS sla_bucket,
  t.assignee_team
FROM `acme-analytics.support.tickets` AS t
WHERE DATE(t.created_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY)
ORDER BY t.created_at;
"""),

SE("arpu_by_cohort", "E",
   "ROUND( is never closed: the closing parenthesis of COUNT(DISTINCT ...) is missing (line {line})",
   ("COUNT(DISTINCT user_id), 2) AS arpu", "COUNT(DISTINCT user_id)), 2) AS arpu"),
   r"""
-- Average revenue per user by signup cohort month
SELECT
  FORMAT_DATE('%Y-%m', cohort_date) AS cohort_month,
  COUNT(DISTINCT user_id) AS users,
  SUM(revenue) AS revenue,
  ROUND(SAFE_DIVIDE(SUM(revenue), COUNT(DISTINCT user_id), 2) AS arpu
FROM (
  SELECT u.user_id, DATE(u.created_at) AS cohort_date, IFNULL(SUM(o.amount), 0) AS revenue
  FROM `acme-analytics.core.users` AS u
  LEFT JOIN `acme-analytics.marts.fct_orders` AS o USING (user_id)
  GROUP BY u.user_id, cohort_date
)
GROUP BY cohort_month
ORDER BY cohort_month;
"""),

# ----------------------------------------------------------------- placeholder
PH("flatten_order_items", "comment",
   "comment-only elision '-- [existing UNNEST logic omitted for brevity]' replaces the item-level UNNEST joins (line {line})",
   "-- [existing UNNEST logic omitted for brevity]",
   r"""
-- One row per order item with promotion info
CREATE OR REPLACE VIEW `acme-analytics.marts.v_order_items` AS
SELECT
  o.order_id,
  o.customer_id,
  o.order_ts,
  item.sku,
  item.quantity,
  item.unit_price
FROM `acme-analytics.raw.orders` AS o,
  UNNEST(o.items) AS item
  -- [existing UNNEST logic omitted for brevity]
WHERE o.status IN ('paid', 'shipped', 'delivered');
"""),

PH("churn_features_table", "marker",
   "'WHERE ...' stands in for the filter conditions, leaving a bare ellipsis as the predicate (line {line})",
   "WHERE ...",
   r"""
-- Feature table for the churn model
CREATE OR REPLACE TABLE `acme-analytics.ml.churn_features`
PARTITION BY snapshot_date
AS
SELECT
  CURRENT_DATE() AS snapshot_date,
  c.customer_id,
  DATE_DIFF(CURRENT_DATE(), DATE(c.created_at), DAY) AS tenure_days,
  COUNT(o.order_id) AS orders_90d,
  IFNULL(SUM(o.amount), 0) AS revenue_90d,
  MAX(o.order_ts) AS last_order_ts
FROM `acme-analytics.core.customers` AS c
LEFT JOIN `acme-analytics.marts.fct_orders` AS o
  ON o.customer_id = c.customer_id
WHERE ...
GROUP BY snapshot_date, c.customer_id, tenure_days;
"""),

PH("eu_vat_report", "marker",
   "'<rest of the EU countries>' left inside the IN list (line {line})",
   "<rest of the EU countries>",
   r"""
-- Quarterly VAT collected for EU shipments
DECLARE quarter_start DATE DEFAULT DATE '2024-07-01';
DECLARE quarter_end DATE DEFAULT DATE_SUB(DATE_ADD(quarter_start, INTERVAL 1 QUARTER), INTERVAL 1 DAY);

SELECT
  o.ship_country,
  COUNT(*) AS orders,
  ROUND(SUM(o.net_amount), 2) AS net_amount,
  ROUND(SUM(o.vat_amount), 2) AS vat_amount
FROM `acme-analytics.marts.fct_orders` AS o
WHERE o.order_date BETWEEN quarter_start AND quarter_end
  AND o.ship_country IN ('AT', 'BE', 'DE', 'FR', <rest of the EU countries>)
GROUP BY o.ship_country
ORDER BY vat_amount DESC;
"""),

# ------------------------------------------------------------------- truncated
TR("customer_ltv_snapshot", "mid-token",
   "output stops inside the backtick-quoted table name `acme-analytics.marts.dim_cust (line {line})",
   r"""
-- Snapshot of customer lifetime value
CREATE OR REPLACE TABLE `acme-analytics.marts.customer_ltv_snapshot` AS
SELECT
  c.customer_id,
  c.country_code,
  SUM(o.amount) AS lifetime_revenue,
  COUNT(DISTINCT o.order_id) AS lifetime_orders,
  MIN(o.order_date) AS first_order_date,
  MAX(o.order_date) AS last_order_date
FROM `acme-analytics.marts.fct_orders` AS o
JOIN `acme-analytics.marts.dim_cust"""),

TR("backfill_daily_partitions", "open-construct",
   "scripting WHILE loop stops after SET inside the loop body; END WHILE is missing (line {line})",
   r"""
-- Backfill the daily summary one partition at a time
DECLARE d DATE DEFAULT DATE '2024-01-01';
DECLARE last_day DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY);

WHILE d <= last_day DO
  DELETE FROM `acme-analytics.marts.daily_summary` WHERE summary_date = d;

  INSERT INTO `acme-analytics.marts.daily_summary` (summary_date, orders, revenue)
  SELECT d, COUNT(*), SUM(amount)
  FROM `acme-analytics.marts.fct_orders`
  WHERE order_date = d;

  SET d = DATE_ADD(d, INTERVAL 1 DAY);
"""),

TR("inactive_accounts_cleanup", "incomplete-stmt",
   "final UPDATE ends with a dangling 'AND' and no semicolon (line {line})",
   r"""
-- Flag accounts with no login for a year
CREATE TEMP TABLE stale AS
SELECT account_id
FROM `acme-analytics.core.accounts`
WHERE last_login_at < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 365 DAY);

INSERT INTO `acme-analytics.ops.account_flags` (account_id, flag, flagged_at)
SELECT account_id, 'stale', CURRENT_TIMESTAMP() FROM stale;

UPDATE `acme-analytics.core.accounts`
SET status = 'dormant'
WHERE account_id IN (SELECT account_id FROM stale)
  AND
"""),

# ----------------------------------------------------------------------- clean
CL("weekly_retention_script",
   "valid: BigQuery scripting with DECLARE, SET, IF/ELSEIF, BEGIN ... EXCEPTION WHEN ERROR THEN, @@error.message; comments with 'Note:' / TODO",
   r"""
-- Here is the weekly retention job as a script.
-- Note: @run_date is passed by the scheduler.
DECLARE run_week DATE DEFAULT DATE_TRUNC(@run_date, ISOWEEK);
DECLARE row_count INT64 DEFAULT 0;

BEGIN
  DELETE FROM `acme-analytics.marts.weekly_retention` WHERE cohort_week = run_week;

  INSERT INTO `acme-analytics.marts.weekly_retention` (cohort_week, week_offset, retained_users)
  SELECT
    run_week,
    DATE_DIFF(DATE_TRUNC(DATE(e.event_ts), ISOWEEK), run_week, WEEK) AS week_offset,
    COUNT(DISTINCT e.user_id)
  FROM `acme-analytics.raw.events` AS e
  JOIN `acme-analytics.core.users` AS u USING (user_id)
  WHERE DATE_TRUNC(DATE(u.created_at), ISOWEEK) = run_week
  GROUP BY week_offset;

  SET row_count = @@row_count;

  IF row_count = 0 THEN
    SELECT 'no cohort rows for week' AS warning, run_week;
  ELSEIF row_count > 60 THEN
    -- TODO: alert, more than one year of offsets is suspicious
    SELECT 'unexpected offsets' AS warning, row_count;
  END IF;
EXCEPTION WHEN ERROR THEN
  SELECT @@error.message AS failed_with, @@error.statement_text AS statement;
END;
"""),

CL("product_catalog_except_replace",
   "valid: SELECT * EXCEPT / * REPLACE, UNNEST with OFFSET, ARRAY_AGG(STRUCT ...) ORDER BY LIMIT, QUALIFY, trailing comma before FROM (allowed in BigQuery)",
   r"""
-- Latest catalog row per product with its top three variants.
-- Note: the trailing comma before FROM is accepted by BigQuery.
WITH latest AS (
  SELECT * EXCEPT (ingest_id, _loaded_at)
    REPLACE (TRIM(title) AS title, LOWER(brand) AS brand)
  FROM `acme-analytics.raw.catalog_snapshots`
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY _loaded_at DESC) = 1
)
SELECT
  l.product_id,
  l.title,
  l.brand,
  ARRAY_AGG(STRUCT(v.sku, v.price, pos) ORDER BY v.price LIMIT 3) AS cheapest_variants,
  COUNT(*) AS variant_count,
FROM latest AS l,
  UNNEST(l.variants) AS v WITH OFFSET AS pos
GROUP BY l.product_id, l.title, l.brand"""),

CL("merge_inventory_partitioned",
   "valid: CREATE TABLE with PARTITION BY / CLUSTER BY / OPTIONS, MERGE with WHEN NOT MATCHED BY SOURCE and partition filter",
   r"""
CREATE TABLE IF NOT EXISTS `acme-analytics.marts.inventory_daily`
(
  snapshot_date DATE NOT NULL,
  sku STRING NOT NULL,
  warehouse STRING,
  on_hand INT64,
  reserved INT64,
  attrs STRUCT<color STRING, size STRING>
)
PARTITION BY snapshot_date
CLUSTER BY sku, warehouse
OPTIONS (
  description = 'Daily inventory; rest of the history lives in cold storage',
  partition_expiration_days = 400
);

MERGE `acme-analytics.marts.inventory_daily` AS t
USING `acme-analytics.staging.inventory_today` AS s
ON t.snapshot_date = CURRENT_DATE() AND t.sku = s.sku AND t.warehouse = s.warehouse
WHEN MATCHED THEN
  UPDATE SET on_hand = s.on_hand, reserved = s.reserved
WHEN NOT MATCHED BY TARGET THEN
  INSERT (snapshot_date, sku, warehouse, on_hand, reserved, attrs)
  VALUES (CURRENT_DATE(), s.sku, s.warehouse, s.on_hand, s.reserved, STRUCT(s.color, s.size))
WHEN NOT MATCHED BY SOURCE AND t.snapshot_date = CURRENT_DATE() THEN
  DELETE;
"""),

CL("temp_js_function_scoring",
   "valid: CREATE TEMP FUNCTION in JavaScript with a raw triple-quoted body containing '...' and TODO, then a query using it",
   r'''
-- Lead scoring with a temporary JS function.
CREATE TEMP FUNCTION score_lead(visits INT64, downloads INT64, title STRING)
RETURNS FLOAT64
LANGUAGE js AS r"""
  // TODO: replace with the model output once it ships ...
  var s = 0.0;
  s += Math.min(visits, 20) * 1.5;
  s += downloads * 4;
  if (title && /director|vp|head/i.test(title)) { s += 10; }
  return s;
""";

SELECT
  l.lead_id,
  l.company,
  score_lead(l.visits_30d, l.downloads_30d, l.job_title) AS score
FROM `acme-analytics.crm.leads` AS l
WHERE l.created_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 30 DAY)
ORDER BY score DESC
LIMIT 100;
'''),

CL("monthly_revenue_pivot",
   "valid: PIVOT with IN list of quarter aliases, GENERATE_DATE_ARRAY with UNNEST, EXTRACT, string containing 'unchanged'",
   r"""
-- Revenue per region pivoted by quarter; months without orders stay at zero.
WITH months AS (
  SELECT m AS month_start
  FROM UNNEST(GENERATE_DATE_ARRAY('2024-01-01', '2024-12-01', INTERVAL 1 MONTH)) AS m
),
rev AS (
  SELECT
    r.region,
    CONCAT('Q', CAST(EXTRACT(QUARTER FROM m.month_start) AS STRING)) AS qtr,
    IFNULL(SUM(o.amount), 0) AS revenue
  FROM months AS m
  CROSS JOIN (SELECT DISTINCT region FROM `acme-analytics.core.regions`) AS r
  LEFT JOIN `acme-analytics.marts.fct_orders` AS o
    ON DATE_TRUNC(o.order_date, MONTH) = m.month_start AND o.region = r.region
  GROUP BY r.region, qtr
)
SELECT *, 'unchanged since the Q2 review' AS note
FROM rev
PIVOT (SUM(revenue) FOR qtr IN ('Q1', 'Q2', 'Q3', 'Q4'))
ORDER BY region"""),
]
