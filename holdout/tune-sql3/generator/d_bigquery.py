from corpus import se, ph, tr, lm, cl
D = 'bigquery'

# ---------------------------------------------------------------- syntax-error
se(D, 'daily_sessions_by_device', """\
-- Daily sessions and engaged sessions by device category
SELECT
  event_date,
  device.category AS device_category,
  COUNT(DISTINCT CONCAT(user_pseudo_id, CAST(session_id AS STRING))) AS sessions,
  COUNTIF(engaged) AS engaged_sessions
FRMO (
  SELECT
    event_date,
    device,
    user_pseudo_id,
    (SELECT value.int_value FROM UNNEST(event_params) WHERE key = 'ga_session_id') AS session_id,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'session_engaged') = '1' AS engaged
  FROM `acme-prod.analytics_123456.events_*`
  WHERE _TABLE_SUFFIX BETWEEN '20240301' AND '20240331'
)
GROUP BY event_date, device_category
ORDER BY event_date, device_category;
""", "misspelt keyword FRMO before a derived table (line {line})",
   mark="FRMO (", fix="FROM (")

se(D, 'order_margin', """\
-- Gross margin per order line, joined to the latest product cost
WITH latest_cost AS (
  SELECT product_id, unit_cost
  FROM `acme-prod.finance.product_costs`
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY valid_from DESC) = 1
)
SELECT
  o.order_id,
  o.product_id,
  o.quantity,
  o.unit_price,
  ROUND((o.unit_price - c.unit_cost) * o.quantity), 2) AS line_margin
FROM `acme-prod.sales.order_lines` AS o
LEFT JOIN latest_cost AS c USING (product_id)
WHERE o.order_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY);

SELECT COUNT(*) AS lines_without_cost
FROM `acme-prod.sales.order_lines` AS o
LEFT JOIN `acme-prod.finance.product_costs` AS c USING (product_id)
WHERE c.product_id IS NULL;
""", "extra ')' closes ROUND( early (line {line})",
   mark="* o.quantity), 2)", fix="* o.quantity, 2)")

se(D, 'customer_value_tiers', """\
-- Assign value tiers from 12-month spend
SELECT
  customer_id,
  SUM(amount) AS spend_12m,
  CASE
    WHEN SUM(amount) >= 10000 THEN 'platinum'
    WHEN SUM(amount) >= 2500 THEN 'gold'
    WHEN SUM(amount) >= 500 THEN 'silver'
    ELSE 'bronze' AS value_tier,
  COUNT(DISTINCT order_id) AS orders_12m
FROM `acme-prod.sales.orders`
WHERE order_ts >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 365 DAY)
GROUP BY customer_id;

SELECT COUNT(DISTINCT customer_id) AS customers
FROM `acme-prod.sales.orders`;
""", "CASE expression missing END before the alias (line {line})",
   mark="ELSE 'bronze' AS value_tier", fix="ELSE 'bronze'\n  END AS value_tier")

se(D, 'create_support_tables', """\
-- Support analytics tables
CREATE TABLE IF NOT EXISTS `acme-prod.support.tickets` (
  ticket_id STRING NOT NULL,
  customer_id STRING,
  channel STRING,
  priority INT64 OPTIONS (description = 'P1 highest')
  opened_at TIMESTAMP NOT NULL,
  closed_at TIMESTAMP,
  tags ARRAY<STRING>
)
PARTITION BY DATE(opened_at)
CLUSTER BY customer_id;

CREATE TABLE IF NOT EXISTS `acme-prod.support.csat` (
  ticket_id STRING NOT NULL,
  score INT64,
  answered_at TIMESTAMP
);
""", "missing comma between column definitions after an OPTIONS(...) clause (line {line})",
   mark="OPTIONS (description = 'P1 highest')\n", fix="OPTIONS (description = 'P1 highest'),\n")

se(D, 'refund_rate_by_sku', """\
-- Refund rate per SKU over the last quarter
SELECT
  l.sku,
  COUNT(*) AS units_sold,
  COUNTIF(r.refund_id IS NOT NULL) AS units_refunded,
  SAFE_DIVIDE(COUNTIF(r.refund_id IS NOT NULL), COUNT(*)) AS refund_rate
FROM `acme-prod.sales.order_lines` AS l
LEFT JOIN `acme-prod.sales.refunds` AS r
  ON r.order_line_id = l.order_line_id
WHERE l.order_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 1 QUARTER)
  AND l.unit_price > AND l.is_gift = FALSE
GROUP BY l.sku
HAVING COUNT(*) >= 50
ORDER BY refund_rate DESC;

SELECT MAX(order_date) AS last_order_date
FROM `acme-prod.sales.order_lines`;
""", "'>' with no right-hand operand (line {line})",
   mark="l.unit_price > AND", fix="l.unit_price > 0 AND")

se(D, 'basket_value', """\
-- Basket value per order
SELECT
  order_id,
  customer_id,
  SUM(price quantity AS basket_value,
  COUNT(*) AS line_count
FROM `acme-prod.sales.order_lines`
WHERE order_date = CURRENT_DATE()
GROUP BY order_id, customer_id;

SELECT order_id, price, quantity
FROM `acme-prod.sales.order_lines`
WHERE quantity <= 0
LIMIT 100;
""", "missing operator between 'price quantity' inside SUM( (line {line})",
   mark="SUM(price quantity AS", fix="SUM(price * quantity) AS")

# ---------------------------------------------------------------- placeholder
ph(D, 'funnel_steps', """\
-- Checkout funnel, one CTE per step
WITH sessions AS (
  SELECT user_pseudo_id, MIN(event_timestamp) AS first_ts
  FROM `acme-prod.analytics_123456.events_*`
  WHERE _TABLE_SUFFIX = FORMAT_DATE('%Y%m%d', DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY))
  GROUP BY user_pseudo_id
),
add_to_cart AS (
  SELECT DISTINCT user_pseudo_id
  FROM `acme-prod.analytics_123456.events_*`
  WHERE event_name = 'add_to_cart'
)
<rest of query>
SELECT
  COUNT(DISTINCT s.user_pseudo_id) AS sessions,
  COUNT(DISTINCT a.user_pseudo_id) AS added_to_cart
FROM sessions AS s
LEFT JOIN add_to_cart AS a USING (user_pseudo_id);
""", "'<rest of query>' marker between the CTEs and the final SELECT (line {line})",
   mark="<rest of query>", breaks=True)

ph(D, 'customer_profile_struct', """\
-- Nested customer profile for the activation export
SELECT
  c.customer_id,
  STRUCT(
    c.email AS email,
    c.phone AS phone,
    -- … plus the remaining contact fields
    c.marketing_opt_in AS opt_in
  ) AS contact,
  ARRAY(
    SELECT AS STRUCT o.order_id, o.total
    FROM `acme-prod.sales.orders` AS o
    WHERE o.customer_id = c.customer_id
    ORDER BY o.order_ts DESC
    LIMIT 5
  ) AS recent_orders
FROM `acme-prod.crm.customers` AS c;
""", "comment-only elision inside a STRUCT(...) field list (line {line})",
   mark="-- … plus the remaining contact fields", breaks=False)

ph(D, 'active_subscriptions_filter', """\
-- Subscriptions that should receive the renewal reminder
SELECT
  s.subscription_id,
  s.customer_id,
  s.plan,
  s.renews_on
FROM `acme-prod.billing.subscriptions` AS s
WHERE s.status = 'active'
  AND s.renews_on BETWEEN CURRENT_DATE() AND DATE_ADD(CURRENT_DATE(), INTERVAL 14 DAY)
  -- additional eligibility filters omitted for brevity
  AND s.auto_renew = TRUE
ORDER BY s.renews_on;
""", "comment-only elision of WHERE conditions (line {line})",
   mark="-- additional eligibility filters omitted for brevity", breaks=False)

# ---------------------------------------------------------------- truncated
tr(D, 'product_views_daily', """\
-- Product detail views per day
SELECT
  event_date,
  (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'item_id') AS item_id,
  COUNT(*) AS views
FROM `acme-prod.analytics_123456.events_*`
WHERE event_name = 'view_item'
  AND _TABLE_SUFFIX BETWEEN '20240301' AND '20240331'
GROUP BY event_date, item_id
HAVING item_id IS NOT NULL
UNION ALL
SELECT event_date, item_id, views
FROM `acme-prod.analytics_archive.product_vi""", "cut mid-identifier inside a backticked table path, no final newline (line {line})", kind='a')

tr(D, 'rebuild_daily_summary_script', """\
DECLARE run_date DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY);
DECLARE row_count INT64;

BEGIN
  DELETE FROM `acme-prod.reporting.daily_summary` WHERE summary_date = run_date;

  INSERT INTO `acme-prod.reporting.daily_summary` (summary_date, orders, revenue)
  SELECT run_date, COUNT(*), SUM(total)
  FROM `acme-prod.sales.orders`
  WHERE DATE(order_ts) = run_date;

  SET row_count = @@row_count;
EXCEPTION WHEN ERROR THEN
  INSERT INTO `acme-prod.ops.job_errors` (job, message, failed_at)
  VALUES ('daily_summary',
""", "stops inside an open VALUES ( of the EXCEPTION handler of a BEGIN block (line {line})", kind='b')

tr(D, 'top_referrers', """\
-- Top referrers last week
CREATE TEMP TABLE referrers AS
SELECT traffic_source.source AS source, COUNT(*) AS sessions
FROM `acme-prod.analytics_123456.events_*`
WHERE event_name = 'session_start'
  AND _TABLE_SUFFIX >= FORMAT_DATE('%Y%m%d', DATE_SUB(CURRENT_DATE(), INTERVAL 7 DAY))
GROUP BY source;

SELECT SUM(sessions) AS total_sessions FROM referrers;

SELECT source, sessions, ROUND(100 * sessions / SUM(sessions) OVER (), 2) AS pct
FROM referrers
ORDER BY
""", "last SELECT ends at a bare ORDER BY, no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'sources', """\
version: 2

sources:
  - name: ga4
    database: acme-prod
    schema: analytics_123456
    description: Raw GA4 export tables.
    loaded_at_field: "TIMESTAMP_MICROS(event_timestamp)"
    freshness:
      warn_after: {count: 24, period: hour}
      error_after: {count: 48, period: hour}
    tables:
      - name: events
        identifier: "events_*"
        description: Daily sharded event tables.
        columns:
          - name: user_pseudo_id
            tests:
              - not_null
          - name: event_name
            tests:
              - accepted_values:
                  values: ['page_view', 'session_start', 'view_item', 'add_to_cart', 'purchase']

  - name: sales
    database: acme-prod
    schema: sales
    tables:
      - name: orders
        loaded_at_field: order_ts
""", "dbt sources.yml (YAML) for BigQuery sources", cut=False, lang='yaml')

# ---------------------------------------------------------------- clean
cl(D, 'nightly_rollup_script', """\
-- BigQuery script. Note: DECLAREs must come first in the script.
DECLARE run_date DATE DEFAULT DATE_SUB(CURRENT_DATE('UTC'), INTERVAL 1 DAY);
DECLARE tables_done ARRAY<STRING> DEFAULT [];
DECLARE rows_written INT64 DEFAULT 0;

FOR t IN (
  SELECT table_name
  FROM `acme-prod.sales.INFORMATION_SCHEMA.TABLES`
  WHERE table_name LIKE 'orders_%'
)
DO
  EXECUTE IMMEDIATE FORMAT(\"\"\"
    INSERT INTO `acme-prod.reporting.rollup` (run_date, source_table, row_count)
    SELECT @d, '%s', COUNT(*) FROM `acme-prod.sales.%s`
  \"\"\", t.table_name, t.table_name)
  USING run_date AS d;
  SET rows_written = rows_written + @@row_count;
  SET tables_done = ARRAY_CONCAT(tables_done, [t.table_name]);
END FOR;

IF rows_written = 0 THEN
  RAISE USING MESSAGE = FORMAT('No rows written for %t', run_date);
END IF;

BEGIN
  CALL `acme-prod.reporting.refresh_views`(run_date);
EXCEPTION WHEN ERROR THEN
  -- the rest of the job still counts as a success; log and carry on
  SELECT @@error.message AS refresh_error;
END;

SELECT run_date, rows_written, ARRAY_LENGTH(tables_done) AS tables_processed;
""", "BigQuery scripting: DECLARE with ARRAY default, FOR ... IN (...) DO, EXECUTE IMMEDIATE FORMAT with triple-quoted string and USING, @@row_count, IF/RAISE USING MESSAGE, BEGIN ... EXCEPTION WHEN ERROR, CALL; comments with 'Note:' and 'rest of'")

cl(D, 'orders_nested_export', """\
-- Here is the nested export ... one row per order, lines as an ARRAY of STRUCTs.
SELECT
  * EXCEPT(internal_notes, _ingested_at) REPLACE (UPPER(currency) AS currency),
  STRUCT(shipping.city AS city, shipping.country AS country) AS ship_to,
  ARRAY(
    SELECT AS STRUCT l.sku, l.quantity, l.unit_price
    FROM UNNEST(lines) AS l
    WHERE l.quantity > 0
  ) AS lines_clean,
  (SELECT SUM(l.quantity * l.unit_price) FROM UNNEST(lines) AS l) AS order_total
FROM `acme-prod.sales.orders_nested`
WHERE DATE(order_ts) >= DATE_SUB(CURRENT_DATE(), INTERVAL 7 DAY)
QUALIFY ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY _ingested_at DESC) = 1""", "SELECT * EXCEPT(...) REPLACE (...), STRUCT, ARRAY(SELECT AS STRUCT ... FROM UNNEST), correlated UNNEST subquery, backticked project.dataset.table, QUALIFY; comment with 'Here is' and '...'; no final newline, no ';'")

cl(D, 'create_events_table', """\
-- --------------------------------------------------
-- Partitioned + clustered events table
-- --------------------------------------------------
CREATE TABLE IF NOT EXISTS `acme-prod.core.events`
(
  event_id STRING NOT NULL,
  event_ts TIMESTAMP NOT NULL,
  user_id STRING,
  properties JSON,
  items ARRAY<STRUCT<sku STRING, qty INT64, price NUMERIC(12, 2)>>,
  context STRUCT<ip STRING, user_agent STRING, locale STRING>
)
PARTITION BY DATE(event_ts)
CLUSTER BY user_id, event_id
OPTIONS (
  description = 'TODO-free canonical events table; Note: partition expiry is 400 days',
  partition_expiration_days = 400,
  require_partition_filter = TRUE
);

ALTER TABLE `acme-prod.core.events`
  ADD COLUMN IF NOT EXISTS source STRING OPTIONS (description = 'rest of the pipeline ignores this');

CREATE OR REPLACE VIEW `acme-prod.core.v_events_today` AS
SELECT event_id, event_ts, user_id, JSON_VALUE(properties, '$.page') AS page
FROM `acme-prod.core.events`
WHERE DATE(event_ts) = CURRENT_DATE();
""", "CREATE TABLE with JSON, ARRAY<STRUCT<...>> and STRUCT columns, PARTITION BY DATE(), CLUSTER BY, OPTIONS(...); ALTER TABLE ADD COLUMN IF NOT EXISTS with OPTIONS; JSON_VALUE; strings containing 'TODO', 'Note:', 'rest of'; '-- ----' separators")

cl(D, 'merge_inventory_snapshot', """\
-- Merge today's inventory snapshot; unchanged rows are skipped.
MERGE `acme-prod.ops.inventory` AS t
USING (
  SELECT sku, warehouse, SUM(on_hand) AS on_hand, CURRENT_TIMESTAMP() AS seen_at
  FROM `acme-prod.ops.inventory_snapshot`
  WHERE snapshot_date = CURRENT_DATE()
  GROUP BY sku, warehouse
) AS s
ON t.sku = s.sku AND t.warehouse = s.warehouse
WHEN MATCHED AND t.on_hand != s.on_hand THEN
  UPDATE SET on_hand = s.on_hand, updated_at = s.seen_at
WHEN NOT MATCHED BY TARGET THEN
  INSERT (sku, warehouse, on_hand, updated_at)
  VALUES (s.sku, s.warehouse, s.on_hand, s.seen_at)
WHEN NOT MATCHED BY SOURCE AND t.on_hand > 0 THEN
  UPDATE SET on_hand = 0, updated_at = CURRENT_TIMESTAMP();

SELECT warehouse, COUNTIF(on_hand = 0) AS out_of_stock, COUNT(*) AS skus
FROM `acme-prod.ops.inventory`
GROUP BY warehouse
ORDER BY out_of_stock DESC
""", "MERGE with derived-table source, WHEN MATCHED AND, WHEN NOT MATCHED BY TARGET / BY SOURCE, != operator, COUNTIF; comment with 'unchanged'; last statement has no ';'")
