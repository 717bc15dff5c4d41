from corpus import se, ph, tr, lm, cl
D = 'databricks'

# ---------------------------------------------------------------- syntax-error
se(D, 'silver_devices_ddl', """\
-- Silver layer device table
USE CATALOG main;
USE SCHEMA silver;

CRAETE TABLE IF NOT EXISTS devices (
  device_id STRING NOT NULL,
  account_id BIGINT,
  model STRING,
  firmware_version STRING,
  first_seen_at TIMESTAMP,
  last_seen_at TIMESTAMP
)
USING DELTA
COMMENT 'One row per device, deduplicated from bronze';

ALTER TABLE devices SET TBLPROPERTIES ('delta.enableChangeDataFeed' = 'true');
""", "misspelt keyword CRAETE TABLE (line {line})",
   mark="CRAETE TABLE IF NOT EXISTS devices", fix="CREATE TABLE IF NOT EXISTS devices")

se(D, 'gold_customer_orders_splice', """\
-- Gold: orders per customer per month
INSERT INTO main.gold.customer_orders_monthly
SELECT
  o.customer_id,
  date_trunc('MONTH', o.order_ts) AS order_month,
  count(*) AS orders,
  sum(o.amount) AS revenue
FROM main.silver.orders o
WHERE o.status <> 'cancelled'
GROUP BY o.customer_idSELECT o.customer_id, date_trunc('MONTH', o.order_ts);

SELECT count(*) FROM main.gold.customer_orders_monthly;

OPTIMIZE main.gold.customer_orders_monthly ZORDER BY (customer_id);
""", "output splice: GROUP BY item runs into a restarted SELECT ('o.customer_idSELECT ...') (line {line})",
   mark="GROUP BY o.customer_idSELECT o.customer_id,", fix="GROUP BY o.customer_id,")

se(D, 'sensor_daily_stats', """\
-- Daily sensor statistics
SELECT
  sensor_id,
  to_date(reading_ts) AS reading_date,
  avg(value) AS avg_value,
  percentile_approx(value, 0.95)) AS p95_value,
  max(value) AS max_value,
  count(*) AS readings
FROM main.silver.sensor_readings
WHERE reading_ts >= current_date() - INTERVAL 7 DAYS
GROUP BY sensor_id, to_date(reading_ts)
ORDER BY sensor_id, reading_date;

SELECT count(DISTINCT sensor_id) AS sensors FROM main.silver.sensor_readings;
""", "extra ')' after percentile_approx(...) (line {line})",
   mark="0.95)) AS p95_value", fix="0.95) AS p95_value")

se(D, 'late_shipments', """\
-- Shipments delivered after the promised date
SELECT
  s.shipment_id,
  s.carrier,
  s.promised_date,
  s.delivered_date,
  datediff(s.delivered_date, s.promised_date) AS days_late
FROM main.silver.shipments s
WHERE s.delivered_date > s.promised_date
  AND s.carrier IN ('ups', 'fedex', 'dhl')
  AND datediff(s.delivered_date, s.promised_date) >= AND s.is_return = false
ORDER BY days_late DESC
LIMIT 200;

SELECT carrier, count(*) FROM main.silver.shipments GROUP BY carrier;
""", "'>=' with no right-hand operand (line {line})",
   mark=">= AND s.is_return", fix=">= 2 AND s.is_return")

se(D, 'bronze_clickstream_ddl', """\
-- Bronze clickstream table fed by Auto Loader
CREATE TABLE IF NOT EXISTS main.bronze.clickstream (
  event_id STRING,
  session_id STRING,
  user_id BIGINT
  event_name STRING,
  page_url STRING,
  event_ts TIMESTAMP,
  _ingested_at TIMESTAMP,
  _source_file STRING
)
USING DELTA
PARTITIONED BY (event_name);

ALTER TABLE main.bronze.clickstream SET TBLPROPERTIES ('delta.autoOptimize.optimizeWrite' = 'true');
""", "missing comma between column definitions 'user_id BIGINT' / 'event_name STRING' (line {line})",
   mark="user_id BIGINT\n", fix="user_id BIGINT,\n")

se(D, 'marketing_consent_update', """\
-- Apply consent withdrawals received from the CRM
UPDATE main.silver.customers
SET marketing_opt_in = false,
    consent_updated_at = current_timestamp()
WHERE customer_id IN (
  SELECT customer_id
  FROM main.bronze.crm_consent_events
  WHERE event_type = 'withdrawn
    AND event_ts >= current_date() - INTERVAL 1 DAY
);

DELETE FROM main.gold.marketing_audience
WHERE customer_id IN (SELECT customer_id FROM main.silver.customers WHERE NOT marketing_opt_in);

SELECT count(*) FROM main.gold.marketing_audience;
""", "unterminated string literal 'withdrawn (line {line})",
   mark="'withdrawn\n", fix="'withdrawn'\n")

# ---------------------------------------------------------------- placeholder
ph(D, 'merge_silver_customers', """\
-- Upsert customers from the bronze CDC feed
MERGE INTO main.silver.customers AS t
USING (
  SELECT *
  FROM main.bronze.customers_cdc
  WHERE _commit_version > 1200
  QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY _commit_timestamp DESC) = 1
) AS s
ON t.customer_id = s.customer_id
WHEN MATCHED AND s._change_type = 'delete' THEN DELETE
WHEN MATCHED THEN UPDATE SET
  t.email = s.email,
  -- same column mapping as the bronze-to-silver accounts job
  t.updated_at = s._commit_timestamp
WHEN NOT MATCHED AND s._change_type <> 'delete' THEN
  INSERT (customer_id, email, updated_at)
  VALUES (s.customer_id, s.email, s._commit_timestamp);
""", "comment-only elision inside MERGE ... UPDATE SET (line {line})",
   mark="-- same column mapping as the bronze-to-silver accounts job", breaks=False)

ph(D, 'load_product_dim', """\
-- Populate the product dimension from silver
INSERT INTO main.gold.dim_product (
  product_id,
  sku,
  name,
  ...,
  updated_at
)
SELECT
  p.product_id,
  p.sku,
  p.name,
  p.category,
  current_timestamp()
FROM main.silver.products p
WHERE p.is_active;
""", "'...,' standing in for columns in the INSERT column list (line {line})",
   mark="  ...,\n", breaks=True)

ph(D, 'gold_table_maintenance', """\
-- Weekly maintenance for the gold layer
OPTIMIZE main.gold.customer_orders_monthly ZORDER BY (customer_id);
OPTIMIZE main.gold.daily_revenue ZORDER BY (order_date);

-- (OPTIMIZE statements for the other gold tables go here)

VACUUM main.gold.customer_orders_monthly RETAIN 168 HOURS;
VACUUM main.gold.daily_revenue RETAIN 168 HOURS;

ANALYZE TABLE main.gold.daily_revenue COMPUTE STATISTICS FOR ALL COLUMNS;
""", "comment-only elision between maintenance statements (line {line})",
   mark="-- (OPTIMIZE statements for the other gold tables go here)", breaks=False)

# ---------------------------------------------------------------- truncated
tr(D, 'create_orders_delta', """\
-- Silver orders table with change data feed
CREATE TABLE IF NOT EXISTS main.silver.orders (
  order_id BIGINT NOT NULL,
  customer_id BIGINT,
  status STRING,
  amount DECIMAL(12, 2),
  order_ts TIMESTAMP,
  order_date DATE GENERATED ALWAYS AS (CAST(order_ts AS DATE))
)
USING DELTA
PARTITIONED BY (order_date)
TBLPROPERTIES (
  'delta.enableChangeDataFeed' = 'true',
  'delta.autoOptimize.optimizeWr""", "cut mid-string inside TBLPROPERTIES, no final newline (line {line})", kind='a')

tr(D, 'customer_segments', """\
-- Rule-based customer segments
CREATE OR REPLACE TEMP VIEW customer_segments AS
SELECT
  c.customer_id,
  c.country,
  o.lifetime_value,
  o.orders_count,
  CASE
    WHEN o.lifetime_value >= 5000 AND o.orders_count >= 20 THEN 'vip'
    WHEN o.lifetime_value >= 1000 THEN 'loyal'
    WHEN o.orders_count = 1 THEN 'one_time'
""", "stops at a line end inside an open CASE expression (line {line})", kind='b')

tr(D, 'daily_revenue_rebuild', """\
-- Rebuild daily revenue for the last 3 days
DELETE FROM main.gold.daily_revenue
WHERE order_date >= current_date() - INTERVAL 3 DAYS;

INSERT INTO main.gold.daily_revenue
SELECT order_date, sum(amount) AS revenue, count(*) AS orders
FROM main.silver.orders
WHERE order_date >= current_date() - INTERVAL 3 DAYS
GROUP BY order_date;

SELECT order_date, revenue, orders
FROM main.gold.daily_revenue
ORDER BY
""", "last SELECT stops at a bare ORDER BY, no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'bronze_ingest_notebook', """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Bronze ingest\\n", "Loads the raw JSON drop into the bronze table."]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "%sql\\n",
    "COPY INTO main.bronze.events\\n",
    "FROM 's3://acme-raw/events/'\\n",
    "FILEFORMAT = JSON\\n",
    "COPY_OPTIONS ('mergeSchema' = 'true')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = spark.table(\\"main.bronze.events\\")\\n",
    "display(df.groupBy(\\"event_name\\").count().orderBy(\\"count\\", ascen""", "Jupyter notebook JSON (Databricks %sql and PySpark cells); cut mid-line at the end", cut=True, lang='json')

# ---------------------------------------------------------------- clean
cl(D, 'gold_orders_table', """\
-- -----------------------------------------------------------
-- Gold orders table (Note: liquid clustering is not used here)
-- -----------------------------------------------------------
CREATE OR REPLACE TABLE main.gold.orders (
  order_id BIGINT NOT NULL COMMENT 'Natural key from the OMS',
  customer_id BIGINT,
  status STRING COMMENT 'Values: new, paid, shipped ... cancelled',
  amount DECIMAL(12, 2),
  order_ts TIMESTAMP,
  order_date DATE GENERATED ALWAYS AS (CAST(order_ts AS DATE)),
  CONSTRAINT orders_pk PRIMARY KEY (order_id)
)
USING DELTA
PARTITIONED BY (order_date)
COMMENT 'TODO markers are tracked in Unity Catalog tags'
TBLPROPERTIES (
  'delta.enableChangeDataFeed' = 'true',
  'delta.autoOptimize.optimizeWrite' = 'true'
);

ALTER TABLE main.gold.orders ADD CONSTRAINT positive_amount CHECK (amount >= 0);

INSERT INTO main.gold.orders (order_id, customer_id, status, amount, order_ts)
SELECT order_id, customer_id, status, amount, order_ts
FROM main.silver.orders
WHERE status IS NOT NULL;
""", "CREATE OR REPLACE TABLE ... USING DELTA with GENERATED ALWAYS AS column, column COMMENTs, informational PRIMARY KEY constraint, PARTITIONED BY, TBLPROPERTIES, ADD CONSTRAINT ... CHECK; strings with 'TODO' and '...'; '-- ----' separators, 'Note:'")

cl(D, 'merge_and_optimize', """\
-- Here is the nightly upsert, followed by compaction.
MERGE INTO main.silver.inventory AS t
USING (
  SELECT sku, warehouse_id, on_hand, snapshot_ts
  FROM main.bronze.inventory_snapshots
  WHERE snapshot_ts >= current_timestamp() - INTERVAL 1 DAY
  QUALIFY row_number() OVER (PARTITION BY sku, warehouse_id ORDER BY snapshot_ts DESC) = 1
) AS s
ON t.sku = s.sku AND t.warehouse_id = s.warehouse_id
WHEN MATCHED AND t.on_hand <> s.on_hand THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
WHEN NOT MATCHED BY SOURCE AND t.updated_at < current_date() - INTERVAL 30 DAYS THEN DELETE;

OPTIMIZE main.silver.inventory ZORDER BY (sku, warehouse_id);

VACUUM main.silver.inventory RETAIN 168 HOURS;""", "MERGE INTO with QUALIFY-deduplicated source, UPDATE SET * / INSERT *, WHEN NOT MATCHED BY SOURCE ... THEN DELETE, OPTIMIZE ... ZORDER BY, VACUUM RETAIN; comment with 'Here is'; no final newline")

cl(D, 'cart_item_metrics', """\
-- Cart metrics using higher-order functions.
-- Note: rows with an empty items array are kept unchanged (metrics = 0).
SET spark.sql.shuffle.partitions = 64;

SELECT
  c.cart_id,
  c.`user`.id AS user_id,
  size(c.items) AS n_items,
  aggregate(c.items, CAST(0 AS DECIMAL(12, 2)), (acc, x) -> acc + x.price * x.qty) AS cart_value,
  transform(filter(c.items, x -> x.qty > 0), x -> upper(x.sku)) AS skus,
  exists(c.items, x -> x.price > 100) AS has_big_ticket,
  element_at(c.attributes, 'utm_source') AS utm_source
FROM main.silver.carts AS c
WHERE c.updated_at >= current_date() - INTERVAL 7 DAYS;

SELECT t.sku, count(*) AS carts
FROM main.silver.carts
LATERAL VIEW explode(items) exploded AS t
GROUP BY t.sku
ORDER BY carts DESC
LIMIT 20;
""", "SET spark conf, backticked reserved field `user`, aggregate/transform/filter/exists lambdas, element_at on a MAP, LATERAL VIEW explode; comment with 'Note:' and 'unchanged'")

cl(D, 'time_travel_audit', """\
-- Compare the current table with yesterday's version (time travel).
CREATE OR REPLACE TEMP VIEW prices_yesterday AS
SELECT * FROM main.silver.product_prices TIMESTAMP AS OF date_sub(current_date(), 1);

CREATE OR REPLACE TEMP VIEW prices_v42 AS
SELECT * FROM main.silver.product_prices VERSION AS OF 42;

SELECT
  coalesce(n.sku, o.sku) AS sku,
  o.price AS old_price,
  n.price AS new_price,
  CASE
    WHEN o.sku IS NULL THEN 'added'
    WHEN n.sku IS NULL THEN 'removed'
    WHEN n.price <> o.price THEN 'changed'
    ELSE 'unchanged'
  END AS change_type
FROM main.silver.product_prices AS n
FULL OUTER JOIN prices_yesterday AS o ON o.sku = n.sku
WHERE o.sku IS NULL OR n.sku IS NULL OR n.price <> o.price
""", "TEMP VIEWs over Delta time travel (TIMESTAMP AS OF / VERSION AS OF), FULL OUTER JOIN, CASE with 'unchanged' literal; last statement has no ';'")
