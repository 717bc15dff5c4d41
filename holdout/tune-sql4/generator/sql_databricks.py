from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("emea_web_orders", "A",
   "stray word 'additionally' spliced into the WHERE condition in place of AND (line {line})",
   ("and additionally o.channel = 'web'", "AND o.channel = 'web'"),
   r"""
-- EMEA web orders for the regional P&L
CREATE OR REPLACE TEMP VIEW emea_web_orders AS
SELECT
  o.order_id,
  o.customer_id,
  o.order_ts,
  o.net_amount,
  o.currency
FROM main.sales.orders AS o
JOIN main.sales.dim_country AS c
  ON c.country_code = o.ship_country
WHERE c.region = 'EMEA' and additionally o.channel = 'web'
  AND o.order_ts >= '2024-01-01';

SELECT currency, COUNT(*) AS orders, SUM(net_amount) AS net
FROM emea_web_orders
GROUP BY currency;
"""),

SE("retained_customer_revenue", "E",
   "IN (SELECT ... subquery is never closed before GROUP BY (line {line})",
   ("WHERE churned = false\n", "WHERE churned = false)\n"),
   r"""
-- Revenue from customers who have not churned
SELECT
  date_trunc('MONTH', o.order_ts) AS month,
  SUM(o.net_amount) AS revenue,
  COUNT(DISTINCT o.customer_id) AS customers
FROM main.sales.orders AS o
WHERE o.customer_id IN (
    SELECT customer_id
    FROM main.crm.customer_status
    WHERE churned = false
  AND o.order_ts >= '2024-01-01'
  AND o.net_amount > 0
GROUP BY date_trunc('MONTH', o.order_ts)
ORDER BY month;
"""),

SE("monthly_active_users", "F",
   "missing comma between date_trunc(...) AS month and count(DISTINCT ...) (line {line})",
   ("AS month\n", "AS month,\n"),
   r"""
-- Monthly active users by platform
CREATE OR REPLACE TABLE main.analytics.mau
USING DELTA
AS
SELECT
  date_trunc('MONTH', event_ts) AS month
  count(DISTINCT user_id) AS mau,
  platform
FROM main.raw.app_events
WHERE event_ts >= add_months(current_date(), -12)
GROUP BY date_trunc('MONTH', event_ts), platform;

OPTIMIZE main.analytics.mau;
"""),

SE("store_sales_enriched", "I",
   "INNER JOIN ... AS s ON with nothing after ON before the next LEFT JOIN (line {line})",
   ("AS s ON\n", "AS s ON s.store_id = f.store_id\n"),
   r"""
-- Store sales joined to store and promotion dimensions
SELECT
  f.sale_date,
  s.store_name,
  s.city,
  p.promo_name,
  SUM(f.quantity)   AS units,
  SUM(f.net_amount) AS revenue
FROM main.sales.fact_store_sales AS f
INNER JOIN main.sales.dim_store AS s ON
LEFT JOIN main.sales.dim_promotion AS p
  ON p.promo_id = f.promo_id
WHERE f.sale_date >= date_sub(current_date(), 30)
GROUP BY f.sale_date, s.store_name, s.city, p.promo_name
ORDER BY f.sale_date, revenue DESC;
"""),

SE("support_agent_scorecard", "J",
   "dangling AS with no alias before the comma after avg(csat_score) (line {line})",
   ("avg(t.csat_score) AS ,", "avg(t.csat_score) AS avg_csat,"),
   r"""
-- Weekly scorecard per support agent
CREATE OR REPLACE VIEW main.support.agent_scorecard AS
SELECT
  t.agent_id,
  a.agent_name,
  weekofyear(t.closed_at) AS week,
  count(*) AS tickets_closed,
  avg(t.csat_score) AS ,
  percentile_approx(t.handle_minutes, 0.5) AS median_handle_minutes
FROM main.support.tickets AS t
JOIN main.support.agents AS a ON a.agent_id = t.agent_id
WHERE t.status = 'closed'
GROUP BY t.agent_id, a.agent_name, weekofyear(t.closed_at);

ALTER VIEW main.support.agent_scorecard SET TBLPROPERTIES ('owner_team' = 'support-ops');
"""),

SE("merge_product_updates", "L",
   "keyword split and resumed: 'MER GE INTO' (line {line})",
   ("MER GE INTO", "MERGE INTO"),
   r"""
-- Apply the product updates feed to the silver table
CREATE OR REPLACE TEMP VIEW product_updates AS
SELECT *
FROM main.bronze.product_feed
WHERE _ingested_at >= current_timestamp() - INTERVAL 1 DAY;

MER GE INTO main.silver.products AS t
USING product_updates AS s
ON t.product_id = s.product_id
WHEN MATCHED AND s.is_deleted THEN DELETE
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED AND NOT s.is_deleted THEN INSERT *;

OPTIMIZE main.silver.products ZORDER BY (category_id);
"""),

SE("seed_fiscal_calendar", "O",
   "INSERT row (2024, 'Q3', is cut mid-row and runs into the next row, leaving a parenthesis open (line {line})",
   ("  (2024, 'Q3',\n", "  (2024, 'Q3', DATE'2024-07-01', DATE'2024-09-30'),\n"),
   r"""
-- Fiscal calendar seed (fiscal year = calendar year)
CREATE TABLE IF NOT EXISTS main.ref.fiscal_quarters (
  fiscal_year INT,
  quarter STRING,
  start_date DATE,
  end_date DATE
) USING DELTA;

INSERT INTO main.ref.fiscal_quarters VALUES
  (2024, 'Q1', DATE'2024-01-01', DATE'2024-03-31'),
  (2024, 'Q2', DATE'2024-04-01', DATE'2024-06-30'),
  (2024, 'Q3',
  (2024, 'Q4', DATE'2024-10-01', DATE'2024-12-31'),
  (2025, 'Q1', DATE'2025-01-01', DATE'2025-03-31');

SELECT * FROM main.ref.fiscal_quarters ORDER BY fiscal_year, quarter;
"""),

SE("shipment_delay_flags", "N",
   "CASE for delay_flag ends with ELSE 'on_time' but no END before the alias (line {line})",
   ("ELSE 'on_time' AS delay_flag", "ELSE 'on_time' END AS delay_flag"),
   r"""
-- Flag shipments by delay relative to the promised date
SELECT
  sh.shipment_id,
  sh.order_id,
  sh.promised_date,
  sh.delivered_date,
  datediff(sh.delivered_date, sh.promised_date) AS days_late,
  CASE
    WHEN sh.delivered_date IS NULL AND current_date() > sh.promised_date THEN 'overdue'
    WHEN datediff(sh.delivered_date, sh.promised_date) > 3 THEN 'late'
    WHEN datediff(sh.delivered_date, sh.promised_date) > 0 THEN 'slightly_late'
    ELSE 'on_time' AS delay_flag
FROM main.logistics.shipments AS sh
WHERE sh.promised_date >= '2024-06-01'
ORDER BY days_late DESC NULLS FIRST;

-- consumed by the carrier review dashboard
"""),

# ----------------------------------------------------------------- placeholder
PH("customer_silver_table", "comment",
   "comment-only elision '-- (existing TBLPROPERTIES stay as they are)' instead of the table properties (line {line})",
   "-- (existing TBLPROPERTIES stay as they are)",
   r"""
-- Silver customer table with change data feed
CREATE TABLE IF NOT EXISTS main.silver.customers (
  customer_id BIGINT NOT NULL,
  email STRING,
  full_name STRING,
  country_code STRING,
  created_at TIMESTAMP,
  updated_at TIMESTAMP
)
USING DELTA
PARTITIONED BY (country_code)
-- (existing TBLPROPERTIES stay as they are)
COMMENT 'Cleaned customer records';

ALTER TABLE main.silver.customers SET TBLPROPERTIES (delta.enableChangeDataFeed = true);
"""),

PH("orders_notebook_merge", "marker",
   "'UPDATE SET ...' leaves an ellipsis where the assignment list belongs in the notebook's MERGE cell (line {line})",
   "UPDATE SET ...",
   r"""
-- Databricks notebook source
-- MAGIC %md
-- MAGIC ### Orders upsert

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW orders_batch AS
SELECT * FROM main.bronze.orders WHERE _batch_id = 4711;

-- COMMAND ----------

MERGE INTO main.silver.orders AS t
USING orders_batch AS s
ON t.order_id = s.order_id
WHEN MATCHED AND s.updated_at > t.updated_at THEN
  UPDATE SET ...
WHEN NOT MATCHED THEN
  INSERT (order_id, customer_id, status, net_amount, updated_at)
  VALUES (s.order_id, s.customer_id, s.status, s.net_amount, s.updated_at);
"""),

PH("clickstream_bronze_table", "marker",
   "'<partition columns>' left in PARTITIONED BY instead of real columns (line {line})",
   "<partition columns>",
   r"""
-- Bronze clickstream landing table
CREATE TABLE IF NOT EXISTS main.bronze.clickstream (
  event_id STRING,
  user_id STRING,
  event_type STRING,
  event_ts TIMESTAMP,
  event_date DATE GENERATED ALWAYS AS (CAST(event_ts AS DATE)),
  url STRING,
  referrer STRING,
  raw STRING
)
USING DELTA
PARTITIONED BY (<partition columns>)
TBLPROPERTIES (delta.autoOptimize.optimizeWrite = true);
"""),

# ------------------------------------------------------------------- truncated
TR("cart_abandonment_notebook", "mid-token",
   "output stops inside the string literal 'add_to_ca in the last notebook cell (line {line})",
   r"""
-- Databricks notebook source
-- MAGIC %md
-- MAGIC ## Cart abandonment

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW carts AS
SELECT session_id, user_id, min(event_ts) AS first_add
FROM main.silver.clickstream
WHERE event_type = 'add_to_ca"""),

TR("lead_scoring_view", "open-construct",
   "view definition stops inside the CASE expression after a WHEN ... THEN line; END and the rest of the query are missing (line {line})",
   r"""
-- Rule-based lead scoring until the model is deployed
CREATE OR REPLACE VIEW main.crm.lead_scores AS
SELECT
  l.lead_id,
  l.company,
  l.employees,
  l.country_code,
  CASE
    WHEN l.employees >= 1000 AND l.country_code IN ('US', 'GB', 'DE') THEN 90
    WHEN l.employees >= 200 THEN 70
    WHEN l.visits_30d >= 10 THEN 60
"""),

TR("merge_inventory_snapshot", "incomplete-stmt",
   "final MERGE ends at 'VALUES' with no value list and no semicolon (line {line})",
   r"""
-- Daily inventory snapshot upsert
CREATE OR REPLACE TEMP VIEW inv_today AS
SELECT sku, warehouse_id, on_hand, current_date() AS snapshot_date
FROM main.bronze.inventory_feed
WHERE _ingest_date = current_date();

DELETE FROM main.silver.inventory WHERE snapshot_date < date_sub(current_date(), 400);

MERGE INTO main.silver.inventory AS t
USING inv_today AS s
ON t.sku = s.sku AND t.warehouse_id = s.warehouse_id AND t.snapshot_date = s.snapshot_date
WHEN MATCHED THEN UPDATE SET t.on_hand = s.on_hand
WHEN NOT MATCHED THEN INSERT (sku, warehouse_id, on_hand, snapshot_date)
VALUES
"""),

# ----------------------------------------------------------------------- clean
CL("daily_orders_notebook",
   "valid: notebook export with '-- Databricks notebook source', '-- COMMAND ----------' and '-- MAGIC %md' cells; MERGE with UPDATE SET * / INSERT *",
   r"""
-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Daily orders pipeline
-- MAGIC Here is the bronze -> silver step. Note: the rest of the pipeline is unchanged.

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS main.silver.orders (
  order_id BIGINT,
  customer_id BIGINT,
  status STRING,
  net_amount DECIMAL(12, 2),
  updated_at TIMESTAMP
) USING DELTA
CLUSTER BY (customer_id);

-- COMMAND ----------

MERGE INTO main.silver.orders AS t
USING (
  SELECT * FROM main.bronze.orders
  QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY updated_at DESC) = 1
) AS s
ON t.order_id = s.order_id
WHEN MATCHED AND s.updated_at > t.updated_at THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *;

-- COMMAND ----------

-- TODO: move the OPTIMIZE into the weekly maintenance job ...
OPTIMIZE main.silver.orders;
"""),

CL("delta_time_travel_audit",
   "valid: time travel with VERSION AS OF / TIMESTAMP AS OF and @v syntax, DESCRIBE HISTORY, RESTORE TABLE, VACUUM RETAIN",
   r"""
-- Compare today's table with last week's version before restoring.
-- Note: version 41 is the last known-good load; everything before it is unchanged.
DESCRIBE HISTORY main.silver.customers LIMIT 20;

SELECT count(*) AS rows_now FROM main.silver.customers;

SELECT count(*) AS rows_v41 FROM main.silver.customers VERSION AS OF 41;

SELECT cur.customer_id, cur.email, old.email AS email_last_week
FROM main.silver.customers AS cur
LEFT JOIN main.silver.customers TIMESTAMP AS OF date_sub(current_date(), 7) AS old
  ON old.customer_id = cur.customer_id
WHERE old.customer_id IS NULL OR old.email <> cur.email;

RESTORE TABLE main.silver.customers TO VERSION AS OF 41;

VACUUM main.silver.customers RETAIN 168 HOURS;"""),

CL("copy_into_json_events",
   "valid: COPY INTO with FILEFORMAT/FORMAT_OPTIONS/COPY_OPTIONS, JSON path extraction raw:a.b::type, explode, higher-order functions transform/filter",
   r"""
COPY INTO main.bronze.app_events
FROM 's3://acme-landing/app-events/2024/10/'
FILEFORMAT = JSON
FORMAT_OPTIONS ('multiLine' = 'false', 'inferSchema' = 'true')
COPY_OPTIONS ('mergeSchema' = 'true');

-- Note: 'raw' holds the untouched payload string.
SELECT
  e.event_id,
  e.raw:device.os::string                           AS os,
  e.raw:device.app_version::string                  AS app_version,
  item.sku                                          AS sku,
  transform(e.prices, p -> round(p * 1.19, 2))      AS gross_prices,
  filter(e.tags, t -> t NOT LIKE 'internal%')       AS public_tags
FROM main.bronze.app_events AS e
LATERAL VIEW explode(e.items) exploded AS item
WHERE e.raw:event_name::string = 'purchase';
"""),

CL("delta_table_constraints_identity",
   "valid: Delta table with IDENTITY and GENERATED columns, CHECK constraint, column COMMENTs, SQL UDF with RETURN, SELECT * EXCEPT",
   r"""
CREATE TABLE IF NOT EXISTS main.billing.invoices (
  invoice_id BIGINT GENERATED BY DEFAULT AS IDENTITY,
  account_id BIGINT NOT NULL COMMENT 'FK to accounts',
  issued_at TIMESTAMP NOT NULL,
  issued_date DATE GENERATED ALWAYS AS (CAST(issued_at AS DATE)),
  amount DECIMAL(12, 2) NOT NULL,
  currency STRING NOT NULL DEFAULT 'EUR',
  note STRING COMMENT 'free text, e.g. "rest of balance carried over"'
) USING DELTA
PARTITIONED BY (issued_date)
TBLPROPERTIES ('delta.feature.allowColumnDefaults' = 'supported');

ALTER TABLE main.billing.invoices ADD CONSTRAINT positive_amount CHECK (amount > 0);

CREATE OR REPLACE FUNCTION main.billing.to_eur(amount DECIMAL(12, 2), rate DOUBLE)
RETURNS DECIMAL(12, 2)
RETURN CAST(amount * rate AS DECIMAL(12, 2));

SELECT * EXCEPT (note), main.billing.to_eur(amount, 1.0) AS amount_eur
FROM main.billing.invoices
WHERE issued_date >= '2024-01-01'"""),

CL("funnel_pivot_window",
   "valid: PIVOT with aliased aggregate and aliased IN values, window function with RANGE frame, count_if; string containing '...'",
   r"""
-- Weekly funnel per platform, pivoted by step.
WITH steps AS (
  SELECT
    date_trunc('WEEK', event_ts) AS week,
    platform,
    event_type AS step,
    user_id
  FROM main.silver.clickstream
  WHERE event_type IN ('view_item', 'add_to_cart', 'checkout', 'purchase')
)
SELECT *
FROM steps
PIVOT (
  count(DISTINCT user_id) AS users
  FOR step IN ('view_item' AS viewed, 'add_to_cart' AS carted, 'checkout' AS checkout, 'purchase' AS purchased)
)
ORDER BY week, platform;

SELECT
  user_id,
  event_ts,
  count_if(event_type = 'purchase') OVER (
    PARTITION BY user_id ORDER BY CAST(event_ts AS LONG)
    RANGE BETWEEN 2592000 PRECEDING AND CURRENT ROW
  ) AS purchases_30d,
  'window is 30 days ...' AS note
FROM main.silver.clickstream;
"""),
]
