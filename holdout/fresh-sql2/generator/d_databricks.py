from corpus import E

D = "databricks"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "customers_delta_table_maintenance", r"""
CREATE SCHEMA IF NOT EXISTS crm;

CREATE TABLE IF NOT EXISTS crm.customers (
  customer_id   BIGINT NOT NULL,
  email         STRING NOT NULL,
  country       STRING,
  signup_ts     TIMESTAMP,
  signup_date   DATE GENERATED ALWAYS AS (CAST(signup_ts AS DATE)),
  lifetime_value DECIMAL(12, 2)
)
USING DELTA
PARTITIONED BY (signup_date)
COMMENT 'One row per customer...'
TBLPROPERTIES (
  'delta.enableChangeDataFeed' = 'true',
  'delta.autoOptimize.optimizeWrite' = 'true'
);

ALTER TABLE crm.customers ADD CONSTRAINT valid_ltv CHECK (lifetime_value >= 0);

INSERT INTO crm.customers (customer_id, email, country, signup_ts, lifetime_value)
VALUES (1, 'ana@example.com', 'PT', TIMESTAMP '2024-02-01 10:00:00', 120.50),
       (2, 'ben@example.com', 'DE', TIMESTAMP '2024-02-03 16:30:00', 0.00);

OPTIMIZE crm.customers ZORDER BY (country);

VACUUM crm.customers RETAIN 168 HOURS;

DESCRIBE HISTORY crm.customers;

-- Time travel: the table as it was before today's load.
SELECT count(*) AS customers_yesterday
FROM crm.customers TIMESTAMP AS OF date_sub(current_date(), 1);

SELECT * FROM table_changes('crm.customers', 1) WHERE _change_type = 'insert';
""", "clean: Delta CREATE TABLE with generated column, PARTITIONED BY, TBLPROPERTIES, CHECK constraint, OPTIMIZE ZORDER, VACUUM, DESCRIBE HISTORY, time travel, table_changes",
   sqlglot_gap="OPTIMIZE / VACUUM / DESCRIBE HISTORY / time travel not fully understood"),

E("clean", "orders_upsert_notebook_export", r"""
-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Orders upsert
-- MAGIC Merges the latest batch from bronze into the silver orders table.

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS silver.orders (
  order_id    BIGINT,
  customer_id BIGINT,
  status      STRING,
  amount      DECIMAL(10, 2),
  updated_at  TIMESTAMP
) USING DELTA;

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW orders_batch AS
SELECT order_id, customer_id, status, amount, updated_at
FROM bronze.orders_raw
WHERE ingest_date = current_date()
QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY updated_at DESC) = 1;

-- COMMAND ----------

MERGE INTO silver.orders AS t
USING orders_batch AS s
ON t.order_id = s.order_id
WHEN MATCHED AND s.updated_at > t.updated_at THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
WHEN NOT MATCHED BY SOURCE AND t.status = 'cancelled' THEN DELETE;

-- COMMAND ----------

-- MAGIC %md
-- MAGIC Same checks as above for the order lines notebook.

-- COMMAND ----------

SELECT status, count(*) AS orders, sum(amount) AS revenue
FROM silver.orders
GROUP BY ALL
ORDER BY orders DESC;
""", "clean: notebook source export with COMMAND separators and MAGIC %md cells, QUALIFY, MERGE with UPDATE SET * / INSERT * / NOT MATCHED BY SOURCE, GROUP BY ALL"),

E("clean", "clickstream_higher_order_functions", r"""
CREATE OR REPLACE TEMP VIEW sessions AS
SELECT * FROM VALUES
  ('s1', 'u1', array('home', 'search', 'product', 'cart'), '{"device": {"os": "ios"}, "ab": "B"}'),
  ('s2', 'u2', array('home', 'product'),                   '{"device": {"os": "android"}, "ab": "A"}'),
  ('s3', 'u1', array('search', 'product', 'checkout'),     '{"device": {"os": "ios"}}')
AS sessions(session_id, user_id, pages, context_json);

SELECT session_id,
       size(pages)                                        AS page_count,
       transform(pages, p -> upper(p))                    AS pages_upper,
       filter(pages, p -> p IN ('cart', 'checkout'))      AS funnel_pages,
       exists(pages, p -> p = 'checkout')                 AS converted,
       aggregate(pages, 0, (acc, p) -> acc + length(p))   AS total_chars,
       get_json_object(context_json, '$.device.os')       AS os,
       coalesce(get_json_object(context_json, '$.ab'), 'control') AS ab_group
FROM sessions;

SELECT user_id, page, count(*) AS views
FROM sessions
LATERAL VIEW explode(pages) p AS page
GROUP BY user_id, page
ORDER BY user_id, views DESC;

SELECT *
FROM (
  SELECT get_json_object(context_json, '$.device.os') AS os, page
  FROM sessions
  LATERAL VIEW explode(pages) e AS page
)
PIVOT (count(*) FOR page IN ('home' AS home, 'product' AS product, 'checkout' AS checkout));
""", "clean: inline VALUES view, higher-order functions with lambdas, get_json_object, LATERAL VIEW explode, PIVOT"),

E("clean", "parameterised_daily_load", r"""
-- Parameterised load: run_date and target_table are set by the job.
DECLARE OR REPLACE VARIABLE run_date DATE DEFAULT current_date() - INTERVAL 1 DAY;
DECLARE OR REPLACE VARIABLE target_table STRING DEFAULT 'analytics.daily_sales';

SET VARIABLE run_date = DATE '2024-06-30';

CREATE TABLE IF NOT EXISTS IDENTIFIER(target_table) (
  sale_date DATE,
  store_id  INT,
  revenue   DECIMAL(14, 2),
  orders    BIGINT
) USING DELTA;

INSERT INTO IDENTIFIER(target_table)
REPLACE WHERE sale_date = run_date
SELECT CAST(sold_at AS DATE) AS sale_date,
       store_id,
       sum(amount)           AS revenue,
       count(DISTINCT order_id) AS orders
FROM raw.pos_sales
WHERE CAST(sold_at AS DATE) = run_date
GROUP BY ALL;

EXECUTE IMMEDIATE 'SELECT count(*) AS loaded_rows FROM IDENTIFIER(?) WHERE sale_date = ?'
  USING target_table, run_date;

SELECT store_id, revenue, rank() OVER (ORDER BY revenue DESC) AS store_rank
FROM IDENTIFIER(target_table)
WHERE sale_date = run_date
ORDER BY store_rank
LIMIT 10;
""", "clean: session variables (DECLARE OR REPLACE VARIABLE / SET VARIABLE), IDENTIFIER(), INSERT ... REPLACE WHERE, EXECUTE IMMEDIATE ... USING",
   sqlglot_gap="session variables / IDENTIFIER() / REPLACE WHERE / EXECUTE IMMEDIATE not understood"),

E("clean", "unity_catalog_finance_setup", r"""
USE CATALOG finance;

CREATE SCHEMA IF NOT EXISTS finance.ledger
COMMENT 'General ledger tables';

CREATE TABLE IF NOT EXISTS finance.ledger.journal_lines (
  journal_id   BIGINT,
  line_no      INT,
  account_code STRING,
  debit        DECIMAL(18, 2),
  credit       DECIMAL(18, 2),
  posted_at    TIMESTAMP
)
USING DELTA
CLUSTER BY (account_code, posted_at);

COMMENT ON TABLE finance.ledger.journal_lines IS 'Posted journal lines; drafts are kept elsewhere.';

ALTER TABLE finance.ledger.journal_lines SET TBLPROPERTIES ('delta.deletedFileRetentionDuration' = 'interval 30 days');

GRANT USE SCHEMA ON SCHEMA finance.ledger TO `finance-analysts`;
GRANT SELECT ON TABLE finance.ledger.journal_lines TO `finance-analysts`;

-- Same grants as above for the auditors, read-only and without the staging schema.
GRANT USE SCHEMA ON SCHEMA finance.ledger TO `external-auditors`;
GRANT SELECT ON TABLE finance.ledger.journal_lines TO `external-auditors`;

CREATE TABLE IF NOT EXISTS finance.ledger.journal_lines_qa SHALLOW CLONE finance.ledger.journal_lines;

SHOW GRANTS ON TABLE finance.ledger.journal_lines;
""", "clean: USE CATALOG, three-level names, CLUSTER BY liquid clustering, COMMENT ON, Unity Catalog GRANT to back-quoted groups, SHALLOW CLONE, 'Same grants as above' comment",
   sqlglot_gap="GRANT / USE CATALOG / SHALLOW CLONE / SHOW GRANTS parsed as opaque Command"),

E("clean", "iot_readings_streaming_pipeline", r"""
-- Lakeflow declarative pipeline (SQL). Columns omitted from the source
-- files are inferred by read_files; nothing is listed by hand here.
CREATE OR REFRESH STREAMING TABLE iot_readings_bronze
COMMENT 'Raw device readings...'
AS SELECT *, _metadata.file_path AS source_file
FROM STREAM read_files('/Volumes/iot/raw/readings/', format => 'json');

CREATE OR REFRESH STREAMING TABLE iot_readings_silver (
  CONSTRAINT valid_device EXPECT (device_id IS NOT NULL) ON VIOLATION DROP ROW,
  CONSTRAINT sane_temp    EXPECT (temp_c BETWEEN -50 AND 150)
)
AS SELECT device_id,
          CAST(reading_ts AS TIMESTAMP) AS reading_ts,
          CAST(temp_c AS DOUBLE)        AS temp_c,
          source_file
FROM STREAM(iot_readings_bronze);

CREATE OR REFRESH MATERIALIZED VIEW iot_hourly_gold
AS SELECT device_id,
          date_trunc('HOUR', reading_ts) AS hour,
          avg(temp_c)                    AS avg_temp_c,
          max(temp_c)                    AS max_temp_c,
          count(*)                       AS readings
FROM iot_readings_silver
GROUP BY ALL;
""", "clean: CREATE OR REFRESH STREAMING TABLE / MATERIALIZED VIEW, EXPECT constraints with ON VIOLATION, STREAM read_files, comment about omitted columns",
   sqlglot_gap="pipeline CREATE OR REFRESH statements not understood"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "loyalty_points_ledger_table", r"""
CREATE SCHEMA IF NOT EXISTS loyalty;

CREATE TABLE IF NOT EXISTS loyalty.points_ledger (
  entry_id     BIGINT GENERATED ALWAYS AS IDENTITY,
  member_id    BIGINT NOT NULL,
  points       INT NOT NULL,
  reason       STRING
  created_at   TIMESTAMP NOT NULL,
  expires_at   TIMESTAMP
)
USING DELTA
TBLPROPERTIES ('delta.appendOnly' = 'true');

SELECT member_id, sum(points) AS balance
FROM loyalty.points_ledger
WHERE expires_at IS NULL OR expires_at > current_timestamp()
GROUP BY member_id;
""", "syntax-error: missing comma after a column definition", at="reason       STRING"),

E("syntax-error", "web_logs_partitioned_table", r"""
CREATE TABLE IF NOT EXISTS ops.web_logs (
  log_date   DATE,
  host       STRING,
  path       STRING,
  status     INT,
  bytes      BIGINT,
  user_agent STRING
)
USING DELTA
PARTITONED BY (log_date)
COMMENT 'Access logs from the edge proxies';

INSERT INTO ops.web_logs
SELECT CAST(ts AS DATE), host, path, status, bytes, user_agent
FROM ops.web_logs_raw
WHERE CAST(ts AS DATE) = current_date();
""", "syntax-error: PARTITIONED misspelt as PARTITONED", at="PARTITONED BY (log_date)"),

E("syntax-error", "claims_fraud_flags", r"""
CREATE OR REPLACE TEMP VIEW suspicious_claims AS
SELECT c.claim_id,
       c.policy_id,
       c.amount,
       p.annual_premium,
       c.amount / p.annual_premium AS premium_ratio
FROM insurance.claims AS c
JOIN insurance.policies AS p
  ON p.policy_id = c.policy_id
WHERE c.amount > AND c.submitted_at >= date_sub(current_date(), 90);

SELECT policy_id, count(*) AS suspicious_claims, sum(amount) AS total_amount
FROM suspicious_claims
GROUP BY policy_id
HAVING count(*) > 1;
""", "syntax-error: comparison with a missing right operand (c.amount > AND)", at="WHERE c.amount > AND"),

E("syntax-error", "playlist_tracks_transform", r"""
CREATE OR REPLACE TEMP VIEW playlists AS
SELECT * FROM VALUES
  ('p1', array(180, 240, 200)),
  ('p2', array(95, 310))
AS playlists(playlist_id, track_seconds);

SELECT playlist_id,
       size(track_seconds)                                   AS tracks,
       transform(track_seconds, s -> round(s / 60.0, 1)       AS track_minutes,
       aggregate(track_seconds, 0, (acc, s) -> acc + s)      AS total_seconds
FROM playlists
ORDER BY total_seconds DESC;
""", "syntax-error: unbalanced parenthesis, transform( not closed before AS", at="transform(track_seconds, s -> round(s / 60.0, 1)"),

E("syntax-error", "store_revenue_ranking", r"""
SELECT s.region,
       s.store_id,
       sum(t.amount)                                              AS revenue,
       rank() OVER (PARTITION BY s.region ORDER BY sum(t.amount) DESC) AS region_rank
FROM retail.transactions AS t
JOIN retail.stores AS s
  ON s.store_id = t.store_id
WHERE t.sold_at >= '2024-01-01'
ORDER BY s.region, region_rank
GROUP BY s.region, s.store_id;

SELECT count(DISTINCT store_id) AS active_stores
FROM retail.transactions
WHERE sold_at >= '2024-01-01';
""", "syntax-error: ORDER BY placed before GROUP BY", at="ORDER BY s.region, region_rank"),

E("syntax-error", "email_campaign_opens", r"""
-- Open and click-through counts for campaigns sent in the last 30 days.
-- Bounced recipients are kept in the denominator on purpose.
SELECT campaign_id,
       count(DISTINCT recipient_id)                                  AS recipients,
       count(DISTINCT CASE WHEN event = 'open' THEN recipient_id END)  AS openers,
       count(DISTINCT CASE WHEN event = 'click' THEN recipient_id END) AS clickers
FROM marketing.email_events
WHERE sent_at >= date_sub(current_date(), 30)
  AND event IN ('open', 'click', 'bounce)
GROUP BY campaign_id
ORDER BY openers DESC;
""", "syntax-error: unclosed string literal in the IN list", at="'bounce)"),

# ---------------------------------------------------------------- truncated
E("truncated", "subscriptions_scd_merge", r"""
-- Databricks notebook source
-- COMMAND ----------

MERGE INTO billing.subscriptions AS t
USING billing.subscription_updates AS s
ON t.subscription_id = s.subscription_id
WHEN MATCHED AND s.op = 'DELETE' THEN DELETE
WHEN MATCHED THEN UPDATE SET
  t.plan        = s.plan,
  t.seats       = s.seats,
  t.status      = s.status,
  t.updated_at  = s.updated_at
WHEN NOT MATCHED AND s.op <> 'DELETE' THEN INSERT (
  subscription_id,
  account_id,
  plan,
""", "truncated: stops at a line end inside the INSERT column list of the MERGE"),

E("truncated", "sensor_anomaly_scores", r"""
CREATE OR REPLACE TEMP VIEW readings_scored AS
SELECT device_id,
       reading_ts,
       value,
       avg(value) OVER w                         AS rolling_avg,
       stddev(value) OVER w                      AS rolling_std,
       (value - avg(value) OVER w) / nullif(stddev(value) OVER w, 0) AS z_score
FROM iot.readings
WINDOW w AS (PARTITION BY device_id ORDER BY reading_ts ROWS BETWEEN 60 PRECEDING AND CURRENT ROW);

SELECT device_id, reading_ts, value, z_score
FROM readings_scored
WHERE abs(z_score) > 3
  AND reading_ts >= current_timestamp() - INTERVAL 1 DA""", "truncated: cut mid-token inside INTERVAL, no final newline"),

E("truncated", "product_catalog_delta_table", r"""
CREATE SCHEMA IF NOT EXISTS catalog_raw;

CREATE TABLE IF NOT EXISTS catalog_raw.products (
  product_id    STRING NOT NULL,
  title         STRING,
  brand         STRING,
  category_path ARRAY<STRING>,
  gtin          STRING,
  is_active     BOOLEAN,
  attributes    MAP<STRING, STRING>,
  price         STRUCT<amount: DECIMAL(10, 2), currency: STRING>,
""", "truncated: stops at a line end inside the CREATE TABLE column list"),

E("truncated", "churn_features_view", r"""
CREATE OR REPLACE VIEW ml.churn_features AS
SELECT a.account_id,
       datediff(current_date(), a.created_date)         AS tenure_days,
       coalesce(u.logins_30d, 0)                         AS logins_30d,
       coalesce(t.tickets_90d, 0)                        AS tickets_90d,
       coalesce(u.seats_used, 0) / nullif(a.seats, 0)   AS seat_utilisation,
       a.country,
       CASE
         WHEN a.plan = 'enterprise' THEN 3
         WHEN a.plan = 'team' THEN 2
""", "truncated: stops at a line end inside an open CASE in the view definition"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "patient_visits_silver_table", r"""
CREATE TABLE IF NOT EXISTS health.visits_silver (
  visit_id      STRING NOT NULL,
  patient_id    STRING NOT NULL,
  clinic_id     INT,
  visit_ts      TIMESTAMP,
  -- diagnosis / billing code columns go here (see data dictionary v3)
  discharged_ts TIMESTAMP
)
USING DELTA
PARTITIONED BY (clinic_id);

INSERT INTO health.visits_silver (visit_id, patient_id, clinic_id, visit_ts, discharged_ts)
SELECT visit_id, patient_id, clinic_id, visit_ts, discharged_ts
FROM health.visits_bronze
WHERE visit_ts IS NOT NULL;
""", "placeholder: comment stands for the diagnosis and billing columns of the table", at="diagnosis / billing code columns go here",
   marker="<columns> go here (see data dictionary)"),

E("placeholder", "orders_bronze_to_silver_notebook", r"""
-- Databricks notebook source
-- MAGIC %md
-- MAGIC ## Bronze to silver

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW orders_clean AS
SELECT order_id, customer_id, CAST(amount AS DECIMAL(10, 2)) AS amount, to_timestamp(created) AS created_at
FROM bronze.orders
WHERE order_id IS NOT NULL;

-- COMMAND ----------

-- (cells 3-7 unchanged from the previous version)

-- COMMAND ----------

INSERT INTO silver.orders
SELECT * FROM orders_clean;
""", "placeholder: comment cell stands for five omitted notebook cells", at="(cells 3-7 unchanged", marker="(cells N-M unchanged from the previous version)"),

E("placeholder", "region_sales_union_view", r"""
CREATE OR REPLACE VIEW sales.all_regions AS
SELECT 'emea' AS region, order_id, amount, order_date FROM sales.orders_emea
UNION ALL
SELECT 'amer' AS region, order_id, amount, order_date FROM sales.orders_amer
UNION ALL
-- ⋯ one SELECT per remaining region ⋯
SELECT 'apac' AS region, order_id, amount, order_date FROM sales.orders_apac;

SELECT region, sum(amount) AS revenue
FROM sales.all_regions
GROUP BY region;
""", "placeholder: comment stands for the omitted UNION ALL branches", at="one SELECT per remaining region",
   marker="one SELECT per remaining <group>"),

E("placeholder", "device_status_case_mapping", r"""
SELECT device_id,
       last_seen,
       CASE status_code
         WHEN 0 THEN 'ok'
         WHEN 1 THEN 'degraded'
         /* ... */
         WHEN 9 THEN 'decommissioned'
         ELSE 'unknown'
       END AS status
FROM iot.device_status
WHERE last_seen >= current_timestamp() - INTERVAL 1 DAY
ORDER BY device_id;
""", "placeholder: /* ... */ stands for the omitted WHEN branches of the CASE", at="         /* ... */",
   marker="/* ... */ inside a CASE"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "delta_table_size_report", r"""
Absolutely! In Databricks you can get the size of a Delta table from `DESCRIBE DETAIL`, which returns one row with `sizeInBytes` and `numFiles`:

DESCRIBE DETAIL sales.orders;

If you want this for every table in a schema, a simple approach is to loop over `SHOW TABLES` in a notebook, or query the information schema:

SELECT table_catalog, table_schema, table_name, table_type, last_altered
FROM system.information_schema.tables
WHERE table_schema = 'sales'
ORDER BY last_altered DESC;

Note that the information schema doesn't expose sizes directly, so you'd still need `DESCRIBE DETAIL` for the byte counts. Let me know if you'd like a Python cell that combines both!
""", "llm-chatter: intro, connecting sentence and closing offer as bare prose around the SQL", at="Absolutely! In Databricks", outside=True),

E("llm-chatter", "late_arriving_events_fix", r"""
-- Databricks notebook source
-- MAGIC %md
-- MAGIC You're right, the previous version dropped late-arriving events. Here's the corrected query —
-- MAGIC the fix is to widen the watermark window from 1 hour to 6 hours and de-duplicate on event_id.
-- MAGIC Let me know if this works for you or if you want me to add a backfill step!

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW events_dedup AS
SELECT *
FROM events.raw_events
WHERE event_ts >= current_timestamp() - INTERVAL 6 HOURS
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY ingest_ts DESC) = 1;

SELECT event_type, count(*) AS events
FROM events_dedup
GROUP BY event_type;
""", "llm-chatter: apology, explanation and closing offer kept in MAGIC %md comment cells", at="You're right, the previous version", outside=False),
]
