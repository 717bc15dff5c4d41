from corpus import E

D = "bigquery"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "ga4_sessions_from_event_export", r"""
-- Sessions per landing page from the GA4 daily export tables.
WITH events AS (
  SELECT
    user_pseudo_id,
    (SELECT value.int_value FROM UNNEST(event_params) WHERE key = 'ga_session_id') AS session_id,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'page_location') AS page_location,
    event_name,
    TIMESTAMP_MICROS(event_timestamp) AS event_ts
  FROM `my-project.analytics_123456.events_*`
  WHERE _TABLE_SUFFIX BETWEEN '20240601' AND '20240630'
),
landing AS (
  SELECT
    user_pseudo_id,
    session_id,
    page_location AS landing_page,
    event_ts
  FROM events
  WHERE event_name = 'page_view'
  QUALIFY ROW_NUMBER() OVER (PARTITION BY user_pseudo_id, session_id ORDER BY event_ts) = 1
)
SELECT
  REGEXP_EXTRACT(landing_page, r'^https?://[^/]+(/[^?#]*)') AS landing_path,
  COUNT(*) AS sessions,
  APPROX_COUNT_DISTINCT(user_pseudo_id) AS users,
  COUNTIF(EXTRACT(HOUR FROM event_ts) BETWEEN 9 AND 17) AS office_hours_sessions
FROM landing
GROUP BY landing_path
ORDER BY sessions DESC
LIMIT 50;
""", "clean: wildcard table with _TABLE_SUFFIX, UNNEST subqueries on event_params, QUALIFY, raw regex string, COUNTIF"),

E("clean", "orders_partitioned_table_ddl", r"""
CREATE SCHEMA IF NOT EXISTS `shop-prod.sales`
OPTIONS (location = 'EU', description = 'Curated sales tables');

CREATE TABLE IF NOT EXISTS `shop-prod.sales.orders`
(
  order_id STRING NOT NULL,
  customer STRUCT<id STRING, email STRING, country STRING>,
  items ARRAY<STRUCT<sku STRING, qty INT64, unit_price NUMERIC>>,
  total NUMERIC,
  status STRING DEFAULT 'new',
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP
)
PARTITION BY DATE(created_at)
CLUSTER BY status, order_id
OPTIONS (
  partition_expiration_days = 1095,
  require_partition_filter = TRUE,
  description = 'One row per order; items are nested...'
);

ALTER TABLE `shop-prod.sales.orders`
  ADD COLUMN IF NOT EXISTS channel STRING OPTIONS (description = 'web, app or store');

ALTER TABLE `shop-prod.sales.orders`
  SET OPTIONS (labels = [('team', 'commerce'), ('tier', 'gold')]);

CREATE OR REPLACE VIEW `shop-prod.sales.order_items` AS
SELECT
  o.order_id,
  o.customer.country AS country,
  item.sku,
  item.qty,
  item.qty * item.unit_price AS line_total,
  DATE(o.created_at) AS order_date
FROM `shop-prod.sales.orders` AS o, UNNEST(o.items) AS item
WHERE DATE(o.created_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 400 DAY);
""", "clean: STRUCT/ARRAY column types, PARTITION BY DATE(), CLUSTER BY, OPTIONS with '...' in description, ALTER ... SET OPTIONS, implicit UNNEST join"),

E("clean", "daily_mart_rebuild_script", r"""
DECLARE run_date DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY);
DECLARE tables_done INT64 DEFAULT 0;
DECLARE target_tables ARRAY<STRING> DEFAULT ['daily_sales', 'daily_returns', 'daily_signups'];

FOR t IN (SELECT name FROM UNNEST(target_tables) AS name)
DO
  EXECUTE IMMEDIATE FORMAT('''
    DELETE FROM `shop-prod.mart.%s` WHERE report_date = @d
  ''', t.name)
  USING run_date AS d;

  EXECUTE IMMEDIATE FORMAT('''
    INSERT INTO `shop-prod.mart.%s`
    SELECT * FROM `shop-prod.staging.%s_view` WHERE report_date = @d
  ''', t.name, t.name)
  USING run_date AS d;

  SET tables_done = tables_done + 1;
END FOR;

BEGIN
  IF (SELECT COUNT(*) FROM `shop-prod.mart.daily_sales` WHERE report_date = run_date) = 0 THEN
    RAISE USING MESSAGE = FORMAT('No sales rows for %t', run_date);
  END IF;
EXCEPTION WHEN ERROR THEN
  INSERT INTO `shop-prod.ops.job_log` (job, run_date, message, logged_at)
  VALUES ('daily_mart_rebuild', run_date, @@error.message, CURRENT_TIMESTAMP());
END;

SELECT tables_done AS tables_rebuilt, run_date;
""", "clean: BigQuery scripting with DECLARE, FOR ... IN ... DO, EXECUTE IMMEDIATE ... USING, BEGIN/EXCEPTION WHEN ERROR, RAISE, @@error.message",
   sqlglot_gap="scripting FOR/DO, EXECUTE IMMEDIATE and BEGIN...EXCEPTION blocks not understood"),

E("clean", "inventory_snapshot_merge", r"""
MERGE `shop-prod.inventory.stock` AS t
USING (
  SELECT sku, warehouse, SUM(delta) AS qty_change, MAX(event_ts) AS last_event
  FROM `shop-prod.inventory.stock_events`
  WHERE DATE(event_ts) = CURRENT_DATE()
  GROUP BY sku, warehouse
) AS s
ON t.sku = s.sku AND t.warehouse = s.warehouse
WHEN MATCHED AND t.on_hand + s.qty_change <= 0 THEN
  DELETE
WHEN MATCHED THEN
  UPDATE SET on_hand = t.on_hand + s.qty_change, last_event = s.last_event
WHEN NOT MATCHED BY TARGET THEN
  INSERT (sku, warehouse, on_hand, last_event)
  VALUES (s.sku, s.warehouse, s.qty_change, s.last_event)
WHEN NOT MATCHED BY SOURCE AND t.last_event < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 365 DAY) THEN
  DELETE;

-- Same as above for the returns bin, but returns never delete stock rows.
UPDATE `shop-prod.inventory.stock`
SET on_hand = on_hand + 1,
    last_event = CURRENT_TIMESTAMP()
WHERE warehouse = 'RETURNS'
  AND sku IN (SELECT sku FROM `shop-prod.inventory.returns_today`);

INSERT INTO `shop-prod.inventory.stock_audit` (run_at, skus, units)
SELECT CURRENT_TIMESTAMP(), COUNT(DISTINCT sku), SUM(on_hand)
FROM `shop-prod.inventory.stock`;
""", "clean: MERGE with conditional DELETE and NOT MATCHED BY SOURCE, UPDATE with IN subquery, 'Same as above' comment"),

E("clean", "signup_funnel_nested_report", r"""
WITH days AS (
  SELECT day
  FROM UNNEST(GENERATE_DATE_ARRAY('2024-05-01', '2024-05-31')) AS day
),
steps AS (
  SELECT
    DATE(event_ts) AS day,
    user_id,
    LOGICAL_OR(event = 'visit')    AS visited,
    LOGICAL_OR(event = 'signup')   AS signed_up,
    LOGICAL_OR(event = 'activate') AS activated
  FROM `growth-prod.events.funnel_events`
  WHERE DATE(event_ts) BETWEEN '2024-05-01' AND '2024-05-31'
  GROUP BY day, user_id
)
SELECT
  d.day,
  COUNTIF(s.visited) AS visitors,
  COUNTIF(s.signed_up) AS signups,
  SAFE_DIVIDE(COUNTIF(s.activated), COUNTIF(s.signed_up)) AS activation_rate,
  ARRAY_AGG(STRUCT(s.user_id, s.activated) ORDER BY s.user_id LIMIT 3) AS sample_users,
  FORMAT('%t ... %t', MIN(s.user_id), MAX(s.user_id)) AS user_range
FROM days AS d
LEFT JOIN steps AS s USING (day)
GROUP BY d.day
ORDER BY d.day;

SELECT * EXCEPT (raw_payload) REPLACE (LOWER(email) AS email)
FROM `growth-prod.events.signups`
WHERE DATE(created_at) = '2024-05-31';

SELECT AS STRUCT 'funnel' AS report, CURRENT_DATE() AS generated_on;
""", "clean: GENERATE_DATE_ARRAY, LOGICAL_OR, SAFE_DIVIDE, ARRAY_AGG(STRUCT ... LIMIT), SELECT * EXCEPT/REPLACE, SELECT AS STRUCT, '...' in a FORMAT string"),

E("clean", "pricing_temp_functions", r"""
CREATE TEMP FUNCTION net_price(gross NUMERIC, vat_rate NUMERIC)
RETURNS NUMERIC
AS (ROUND(gross / (1 + vat_rate), 2));

CREATE TEMP FUNCTION price_band(p NUMERIC)
RETURNS STRING
AS (
  CASE
    WHEN p < 10 THEN 'budget'
    WHEN p < 50 THEN 'standard'
    ELSE 'premium'
  END
);

CREATE TEMP FUNCTION slugify(name STRING)
RETURNS STRING
LANGUAGE js
AS r'''
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
''';

-- Columns omitted here (cost, margin) are derived downstream in the mart.
SELECT
  sku,
  slugify(product_name) AS slug,
  net_price(gross_price, vat_rate) AS net,
  price_band(net_price(gross_price, vat_rate)) AS band
FROM `shop-prod.catalog.products`
WHERE is_active
ORDER BY band, net DESC;
""", "clean: CREATE TEMP FUNCTION with SQL bodies and a JavaScript body in a raw triple-quoted string, comment about omitted columns"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "crm_contacts_nested_table", r"""
CREATE TABLE IF NOT EXISTS `crm-prod.core.contacts`
(
  contact_id STRING NOT NULL,
  full_name STRING,
  emails ARRAY<STRING>,
  address STRUCT<line1 STRING, city STRING, postcode STRING>
  consent_marketing BOOL,
  created_at TIMESTAMP
)
PARTITION BY DATE(created_at)
CLUSTER BY contact_id;

INSERT INTO `crm-prod.core.contacts` (contact_id, full_name, emails, created_at)
VALUES ('c-1', 'Mia Wong', ['mia@example.com'], CURRENT_TIMESTAMP());
""", "syntax-error: missing comma after the STRUCT column definition", at="address STRUCT<line1 STRING, city STRING, postcode STRING>"),

E("syntax-error", "user_event_gaps", r"""
SELECT
  user_id,
  event_ts,
  TIMESTAMP_DIFF(
    event_ts,
    LAG(event_ts) OVER (PARTITON BY user_id ORDER BY event_ts),
    MINUTE
  ) AS minutes_since_previous
FROM `app-prod.logs.user_events`
WHERE DATE(event_ts) = DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY)
ORDER BY user_id, event_ts;
""", "syntax-error: PARTITION misspelt as PARTITON inside OVER()", at="PARTITON BY user_id"),

E("syntax-error", "january_revenue_by_channel", r"""
-- Revenue and average order value per acquisition channel.
-- Source table is already de-duplicated per order line.
SELECT
  channel,
  COUNT(DISTINCT order_id) AS orders,
  SUM(revenue) AS revenue,
  SAFE_DIVIDE(SUM(revenue), COUNT(DISTINCT order_id)) AS aov
FROM `shop-prod.sales.orders_flat`
WHERE order_date BETWEEN '2024-01-01' AND '2024-01-31' for January only
GROUP BY channel
ORDER BY revenue DESC;
""", "syntax-error: stray English phrase after the WHERE condition", at="for January only"),

E("syntax-error", "top_search_terms_weekly", r"""
WITH terms AS (
  SELECT
    LOWER(TRIM(search_term)) AS term,
    DATE_TRUNC(DATE(searched_at), WEEK(MONDAY)) AS week,
    COUNT(*) AS searches
  FROM `shop-prod.site.searches`
  WHERE DATE(searched_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 8 WEEK)
  GROUP BY term, week
)
SELECT week, term, searches
FROM terms
WHERE searches >= 20
LIMIT 100
ORDER BY week DESC, searches DESC;
""", "syntax-error: LIMIT placed before ORDER BY", at="LIMIT 100"),

E("syntax-error", "support_csat_by_agent", r"""
SELECT
  agent_id,
  COUNT(*) AS surveys,
  AVG(score) AS avg_score,
  COUNTIF(score >= 4) / COUNT(*) AS pct_satisfied
FROM `support-prod.cx.csat_responses`
WHERE channel IN ('chat', 'email)
  AND DATE(responded_at) >= '2024-04-01'
GROUP BY agent_id
HAVING COUNT(*) >= 10
ORDER BY avg_score DESC;
""", "syntax-error: unclosed string literal in the IN list", at="'email)"),

E("syntax-error", "store_footfall_hourly", r"""
-- Hourly visitor counts per store for the first week of July,
-- used to plan staffing levels.
SELECT
  store_id,
  EXTRACT(HOUR FROM entered_at) AS AS hour_of_day,
  COUNT(*) AS visitors,
  AVG(TIMESTAMP_DIFF(exited_at, entered_at, MINUTE)) AS avg_dwell_minutes
FROM `retail-prod.sensors.footfall`
WHERE DATE(entered_at) BETWEEN '2024-07-01' AND '2024-07-07'
GROUP BY store_id, hour_of_day
ORDER BY store_id, hour_of_day;
""", "syntax-error: doubled AS keyword before an alias", at="AS AS hour_of_day"),

# ---------------------------------------------------------------- truncated
E("truncated", "partition_health_check_script", r"""
DECLARE missing_days ARRAY<DATE>;
DECLARE check_from DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 14 DAY);

SET missing_days = (
  SELECT ARRAY_AGG(d ORDER BY d)
  FROM UNNEST(GENERATE_DATE_ARRAY(check_from, CURRENT_DATE())) AS d
  WHERE d NOT IN (
    SELECT PARSE_DATE('%Y%m%d', partition_id)
    FROM `shop-prod.sales.INFORMATION_SCHEMA.PARTITIONS`
    WHERE table_name = 'orders' AND partition_id NOT IN ('__NULL__', '__UNPARTITIONED__')
  )
);

IF ARRAY_LENGTH(missing_days) > 0 THEN
  BEGIN
    INSERT INTO `shop-prod.ops.alerts` (raised_at, source, detail)
""", "truncated: stops at a line end inside IF/BEGIN after an INSERT column list"),

E("truncated", "weekly_churn_cohorts", r"""
WITH cohorts AS (
  SELECT
    user_id,
    DATE_TRUNC(DATE(first_seen), WEEK) AS cohort_week
  FROM `app-prod.core.users`
),
activity AS (
  SELECT DISTINCT
    user_id,
    DATE_TRUNC(DATE(event_ts), WEEK) AS active_week
  FROM `app-prod.logs.user_events`
  WHERE DATE(event_ts) >= DATE_SUB(CURRENT_DATE(), INTERVAL 7 DA""", "truncated: cut mid-token inside INTERVAL, no final newline"),

E("truncated", "shipment_tracking_table", r"""
-- Core shipment table; one row per parcel, updated by the tracking feed.
CREATE TABLE IF NOT EXISTS `logistics-prod.core.shipments`
(
  shipment_id STRING NOT NULL,
  carrier STRING,
  service_level STRING,
  weight_grams INT64,
  origin STRUCT<country STRING, postcode STRING>,
  destination STRUCT<
    country STRING,
    postcode STRING,
""", "truncated: stops at a line end inside an open STRUCT< type in the column list"),

E("truncated", "courier_on_time_rate", r"""
SELECT
  c.courier_name,
  COUNT(*) AS deliveries,
  COUNTIF(d.delivered_at <= d.promised_at) AS on_time,
  ROUND(100 * COUNTIF(d.delivered_at <= d.promised_at) / COUNT(*), 1) AS on_time_pct
FROM `logistics-prod.core.deliveries` AS d
JOIN `logistics-prod.core.couriers` AS c
  ON c.courier_id = d.courier_id
WHERE DATE(d.promised_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY)
GROUP BY c.courier_name
HAVING COUNT(*) >= 50
ORDER BY
""", "truncated: final SELECT ends on ORDER BY with no expression and no semicolon"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "ga4_purchase_events_flat", r"""
SELECT
  event_date,
  user_pseudo_id,
  ecommerce.transaction_id,
  (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'currency') AS currency,
  (SELECT value.double_value FROM UNNEST(event_params) WHERE key = 'value') AS purchase_value,
  -- (more params extracted the same way)
  ARRAY_LENGTH(items) AS item_count
FROM `my-project.analytics_123456.events_*`
WHERE _TABLE_SUFFIX BETWEEN '20240101' AND '20240131'
  AND event_name = 'purchase';
""", "placeholder: comment stands for further event_params extractions in the select list", at="(more params extracted the same way)",
   marker="(more params extracted the same way)"),

E("placeholder", "per_table_row_count_loop", r"""
DECLARE counts ARRAY<STRUCT<table_name STRING, row_count INT64>> DEFAULT [];

FOR t IN (
  SELECT table_name
  FROM `shop-prod.sales.INFORMATION_SCHEMA.TABLES`
  WHERE table_type = 'BASE TABLE'
)
DO
  -- your per-table logic here
END FOR;

SELECT * FROM UNNEST(counts) ORDER BY row_count DESC;
""", "placeholder: comment stands for the whole FOR loop body", at="your per-table logic here",
   marker="your per-table logic here"),

E("placeholder", "marketing_spend_kpis", r"""
SELECT
  campaign_id,
  SUM(cost_micros) / 1e6 AS spend,
  SUM(clicks) AS clicks,
  SUM(impressions) AS impressions,
  /* other metrics */
  SAFE_DIVIDE(SUM(conversions), SUM(clicks)) AS conversion_rate
FROM `ads-prod.google_ads.campaign_stats`
WHERE segments_date BETWEEN '2024-06-01' AND '2024-06-30'
GROUP BY campaign_id
ORDER BY spend DESC;
""", "placeholder: /* other metrics */ block comment stands for omitted select-list items", at="/* other metrics */",
   marker="/* other metrics */"),

E("placeholder", "product_dim_merge", r"""
MERGE `shop-prod.dw.dim_product` AS t
USING `shop-prod.staging.products` AS s
ON t.product_id = s.product_id
WHEN MATCHED THEN
  UPDATE SET
    name = s.name,
    category = s.category,
    -- (map the remaining columns here)
    updated_at = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN
  INSERT ROW;

SELECT COUNT(*) AS products FROM `shop-prod.dw.dim_product`;
""", "placeholder: comment stands for the remaining SET assignments of the MERGE", at="(map the remaining columns here)",
   marker="(map the remaining columns here)"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "retention_matrix_query", r"""
### Monthly retention matrix

Here's a BigQuery query that builds a classic cohort retention matrix. Each row is a signup month and each column offset is the number of months since signup.

```sql
WITH firsts AS (
  SELECT user_id, DATE_TRUNC(MIN(DATE(event_ts)), MONTH) AS cohort
  FROM `app-prod.logs.user_events`
  GROUP BY user_id
),
activity AS (
  SELECT DISTINCT user_id, DATE_TRUNC(DATE(event_ts), MONTH) AS month
  FROM `app-prod.logs.user_events`
)
SELECT
  f.cohort,
  DATE_DIFF(a.month, f.cohort, MONTH) AS months_since,
  COUNT(DISTINCT a.user_id) AS active_users
FROM firsts AS f
JOIN activity AS a USING (user_id)
GROUP BY f.cohort, months_since
ORDER BY f.cohort, months_since;
```

You can pivot `months_since` into columns in Looker Studio, or I can write a `PIVOT` version if you prefer the matrix directly in SQL.
""", "llm-chatter: markdown heading, intro paragraph, fences and closing offer outside comments", at="### Monthly retention matrix", outside=True),

E("llm-chatter", "stale_tables_inventory", r"""
-- Sure thing! This query lists tables that haven't been modified in 90+ days,
-- which is a good starting point for cleaning up storage costs.
-- (I used INFORMATION_SCHEMA.TABLE_STORAGE because it includes byte counts.)

SELECT
  table_schema,
  table_name,
  storage_last_modified_time AS last_modified,
  ROUND(total_logical_bytes / POW(1024, 3), 2) AS logical_gib
FROM `region-eu`.INFORMATION_SCHEMA.TABLE_STORAGE
WHERE deleted = FALSE
  AND storage_last_modified_time < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 90 DAY)
ORDER BY logical_gib DESC;

-- Let me know if you want me to generate the DROP TABLE statements too —
-- though I'd recommend reviewing the list with the owners first!
""", "llm-chatter: conversational intro and closing offer kept in comments", at="Sure thing!", outside=False),
]
