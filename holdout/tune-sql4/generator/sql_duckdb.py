from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("product_sales_by_region", "B",
   "stray words 'and so forth' after the GROUP BY columns (line {line})",
   ("GROUP BY region, product and so forth", "GROUP BY region, product"),
   r"""
-- Sales by region and product from the parquet export
CREATE OR REPLACE TABLE sales AS
SELECT * FROM read_parquet('exports/sales/*.parquet', hive_partitioning = true);

SELECT
    region,
    product,
    sum(quantity)           AS units,
    sum(quantity * price)   AS revenue,
    count(DISTINCT order_id) AS orders
FROM sales
WHERE order_date >= DATE '2024-01-01'
GROUP BY region, product and so forth
HAVING sum(quantity) > 0
ORDER BY revenue DESC
LIMIT 50;

-- pasted into the Q3 review deck
"""),

SE("enrich_transactions_with_mcc", "C",
   "sentence 'Now we join the merchant category lookup' spliced between FROM and LEFT JOIN (line {line})",
   ("Now we join the merchant category lookup\n", ""),
   r"""
-- Card transactions enriched with merchant category names
CREATE OR REPLACE TABLE tx AS
FROM read_csv('data/transactions_2024_*.csv', header = true, dateformat = '%Y-%m-%d');

CREATE OR REPLACE TABLE mcc AS
FROM read_csv('data/mcc_codes.csv', header = true);

SELECT
    t.tx_id,
    t.booked_on,
    t.amount,
    t.mcc,
    m.description AS category
FROM tx AS t
Now we join the merchant category lookup
LEFT JOIN mcc AS m ON m.code = t.mcc
WHERE t.amount < 0
ORDER BY t.booked_on;
"""),

SE("customer_totals_export", "D",
   "select list restarts: 'SELECT customer_id, sum(amount) AS total,' repeated after the first two columns (line {line})",
   ("    SELECT customer_id, sum(amount) AS total,\n    SELECT", "    SELECT"),
   r"""
-- Customer totals written to parquet for the CRM import
COPY (
    SELECT customer_id, sum(amount) AS total,
    SELECT customer_id, sum(amount) AS total,
           count(*) AS orders,
           max(ordered_at) AS last_order_at
    FROM read_parquet('exports/orders/*.parquet')
    GROUP BY ALL
) TO 'out/customer_totals.parquet' (FORMAT PARQUET, COMPRESSION ZSTD);

SELECT count(*) FROM 'out/customer_totals.parquet';
""", loc="    SELECT customer_id, sum(amount) AS total,\n           count"),

SE("orders_by_order_date", "G",
   "quoted identifier \"Order Date is never closed, swallowing the following statements (line {line})",
   ('"Order Date AS order_date', '"Order Date" AS order_date'),
   r"""
-- Clean up the spreadsheet export of orders
CREATE OR REPLACE TABLE orders_raw AS
FROM read_xlsx('data/orders_q3.xlsx', sheet = 'Orders');

CREATE OR REPLACE TABLE orders AS
SELECT
    "Order ID"::INTEGER          AS order_id,
    "Order Date AS order_date,
    "Customer"                   AS customer,
    "Amount (EUR)"::DECIMAL(12, 2) AS amount
FROM orders_raw;

SELECT order_date, sum(amount) AS revenue
FROM orders
GROUP BY ALL
ORDER BY ALL;
"""),

SE("lead_score_bands", "H",
   "missing right operand in 'WHEN score >= THEN' (line {line})",
   ("WHEN score >= THEN 'warm'", "WHEN score >= 40 THEN 'warm'"),
   r"""
-- Band leads by score for the sales handoff
FROM read_json_auto('data/leads.json')
SELECT
    lead_id,
    company,
    score,
    CASE
        WHEN score >= 80 THEN 'hot'
        WHEN score >= THEN 'warm'
        ELSE 'cold'
    END AS band,
WHERE created_at >= now() - INTERVAL 30 DAY
ORDER BY score DESC;

-- exported to the sales sheet by the notebook
"""),

SE("channel_revenue_rollup", "K",
   "two consecutive commas in the GROUP BY list (line {line})",
   ("GROUP BY ROLLUP (region,, channel)", "GROUP BY ROLLUP (region, channel)"),
   r"""
-- Revenue rollup by region and channel with subtotals
WITH orders AS (
    FROM read_parquet('exports/orders/*.parquet')
    SELECT region, channel, amount
    WHERE status = 'paid'
)
SELECT
    coalesce(region, 'ALL')  AS region,
    coalesce(channel, 'ALL') AS channel,
    sum(amount)              AS revenue
FROM orders
GROUP BY ROLLUP (region,, channel)
ORDER BY region, channel;

SUMMARIZE SELECT * FROM read_parquet('exports/orders/*.parquet');
"""),

SE("seed_warehouses", "O",
   "INSERT row (3, 'WH-LYO', is cut mid-row and runs into the next row, leaving a parenthesis open (line {line})",
   ("    (3, 'WH-LYO',\n", "    (3, 'WH-LYO', 'Lyon', 'FR'),\n"),
   r"""
-- Warehouse reference table for the local analysis
CREATE TABLE warehouses (
    id      INTEGER PRIMARY KEY,
    code    VARCHAR NOT NULL,
    city    VARCHAR,
    country VARCHAR
);

INSERT INTO warehouses VALUES
    (1, 'WH-BER', 'Berlin', 'DE'),
    (2, 'WH-HAM', 'Hamburg', 'DE'),
    (3, 'WH-LYO',
    (4, 'WH-MIL', 'Milan', 'IT'),
    (5, 'WH-MAD', 'Madrid', 'ES');

SELECT country, count(*) FROM warehouses GROUP BY ALL;
"""),

SE("weekly_signup_trend", "L",
   "keyword split and resumed: 'ORD ER BY' (line {line})",
   ("ORD ER BY", "ORDER BY"),
   r"""
-- Weekly signups with a 4-week moving average
WITH weekly AS (
    SELECT date_trunc('week', created_at) AS week, count(*) AS signups
    FROM read_csv_auto('data/signups.csv')
    GROUP BY ALL
)
SELECT
    week,
    signups,
    avg(signups) OVER (ORDER BY week ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS signups_ma4
FROM weekly
ORD ER BY week;

CREATE OR REPLACE TABLE weekly_signups AS
SELECT date_trunc('week', created_at) AS week, count(*) AS signups
FROM read_csv_auto('data/signups.csv')
GROUP BY ALL;

COPY weekly_signups TO 'out/weekly_signups.csv' (HEADER);
"""),

# ----------------------------------------------------------------- placeholder
PH("wide_metrics_selection", "comment",
   "comment-only elision '-- (same COLUMNS(...) filter as the weekly report)' stands in for further column selections (line {line})",
   "-- (same COLUMNS(...) filter as the weekly report)",
   r"""
-- Pick the metric columns out of the wide export
CREATE OR REPLACE TABLE metrics AS
FROM read_parquet('exports/metrics_wide.parquet');

SELECT
    day,
    site,
    COLUMNS('^visits_.*'),
    COLUMNS('^conversions_.*'),
    -- (same COLUMNS(...) filter as the weekly report)
FROM metrics
WHERE day >= DATE '2024-09-01'
ORDER BY ALL;
"""),

PH("trim_event_columns", "marker",
   "'EXCLUDE (...)' leaves an ellipsis where the excluded column names belong (line {line})",
   "EXCLUDE (...)",
   r"""
-- Drop internal columns before sharing the events extract
CREATE OR REPLACE TABLE events AS
FROM read_json_auto('data/events/*.json.gz');

CREATE OR REPLACE TABLE events_public AS
SELECT * EXCLUDE (...)
FROM events
WHERE NOT is_internal;

COPY events_public TO 'out/events_public.parquet' (FORMAT PARQUET);

SELECT count(*) AS rows, min(ts) AS first_ts, max(ts) AS last_ts
FROM events_public;
"""),

PH("normalize_tags", "marker",
   "'list_transform(tags, ...)' with an ellipsis where the lambda belongs (line {line})",
   "list_transform(tags, ...)",
   r"""
-- Normalise free-text tags into a clean list per article
CREATE OR REPLACE TABLE articles AS
FROM read_json_auto('data/articles.json');

SELECT
    article_id,
    title,
    list_distinct(list_transform(tags, ...)) AS clean_tags,
    len(tags) AS raw_tag_count
FROM articles
WHERE tags IS NOT NULL
ORDER BY article_id;
"""),

# ------------------------------------------------------------------- truncated
TR("load_ride_logs", "mid-token",
   "output stops inside the file path string 'data/rides/2024-*.cs (line {line})",
   r"""
-- Load ride logs and compute trip durations
INSTALL httpfs;
LOAD httpfs;

CREATE OR REPLACE TABLE zones AS
FROM read_csv('data/taxi_zones.csv', header = true);

CREATE OR REPLACE TABLE rides AS
SELECT *, dropoff_at - pickup_at AS duration
FROM read_csv('data/rides/2024-*.cs"""),

TR("dormant_customers", "open-construct",
   "output stops inside the open NOT IN ( subquery after its WHERE line (line {line})",
   r"""
-- Customers without an order in the last 180 days
CREATE OR REPLACE TABLE customers AS FROM 'data/customers.parquet';
CREATE OR REPLACE TABLE orders AS FROM 'data/orders.parquet';

SELECT
    c.customer_id,
    c.email,
    c.signup_date
FROM customers AS c
WHERE c.customer_id NOT IN (
    SELECT o.customer_id
    FROM orders AS o
    WHERE o.ordered_at >= current_date - INTERVAL 180 DAY
"""),

TR("trades_asof_prices", "incomplete-stmt",
   "final ASOF JOIN query ends with a dangling 'AND' and no semicolon (line {line})",
   r"""
-- Attach the most recent quote to every trade
CREATE OR REPLACE TABLE trades AS FROM 'data/trades.parquet';
CREATE OR REPLACE TABLE quotes AS FROM 'data/quotes.parquet';

CREATE INDEX idx_quotes_symbol ON quotes (symbol);

SELECT
    t.trade_id,
    t.symbol,
    t.ts,
    t.price AS trade_price,
    q.bid,
    q.ask
FROM trades AS t
ASOF JOIN quotes AS q
    ON t.symbol = q.symbol AND
"""),

# ----------------------------------------------------------------------- clean
CL("from_first_group_by_all",
   "valid: FROM-first queries, GROUP BY ALL / ORDER BY ALL, SELECT * EXCLUDE / REPLACE, trailing comma before FROM (allowed in DuckDB)",
   r"""
-- Note: the trailing comma before FROM below is accepted by DuckDB.
FROM read_parquet('exports/orders/*.parquet')
SELECT * EXCLUDE (internal_note) REPLACE (round(amount, 2) AS amount)
WHERE status <> 'test'
LIMIT 10;

SELECT
    region,
    date_trunc('month', ordered_at) AS month,
    sum(amount) AS revenue,
    count(*) AS orders,
FROM read_parquet('exports/orders/*.parquet')
GROUP BY ALL
ORDER BY ALL;

FROM 'exports/customers.csv' SELECT count(*) AS customers;
"""),

CL("list_comprehension_struct",
   "valid: list comprehensions with IF, lambdas, struct and map literals, list slicing, unnest, strings with 'TODO' and '...'",
   r"""
-- Here is the list-heavy feature prep.
WITH baskets AS (
    SELECT * FROM (VALUES
        (1, [12.5, 3.0, -1.0, 8.25], ['fruit', 'Dairy ', 'TODO']),
        (2, [99.0], ['electronics']),
        (3, [], [])
    ) AS t(basket_id, prices, tags)
)
SELECT
    basket_id,
    [p * 1.19 FOR p IN prices IF p > 0]               AS gross_prices,
    list_transform(tags, t -> lower(trim(t)))         AS clean_tags,
    list_filter(tags, t -> t <> 'TODO')               AS real_tags,
    prices[1:2]                                       AS first_two,
    {'basket': basket_id, 'n': len(prices)}           AS meta,
    MAP {'currency': 'EUR', 'note': '...'}            AS extra,
    unnest(prices)                                    AS price
FROM baskets;
"""),

CL("quarterly_pivot_unpivot",
   "valid: PIVOT ... ON ... USING ... GROUP BY statement, UNPIVOT ... ON COLUMNS(* EXCLUDE ...) INTO NAME ... VALUE ...",
   r"""
CREATE OR REPLACE TABLE sales AS
FROM read_csv_auto('data/quarterly_sales.csv');

-- Wide: one column per quarter (Q1 ... Q4)
PIVOT sales
ON quarter IN ('Q1', 'Q2', 'Q3', 'Q4')
USING sum(amount) AS total, count(*) AS n
GROUP BY region;

-- Long again, for the chart library
CREATE OR REPLACE TABLE sales_wide AS
PIVOT sales ON quarter USING sum(amount) GROUP BY region;

UNPIVOT sales_wide
ON COLUMNS(* EXCLUDE (region))
INTO
    NAME quarter
    VALUE amount;"""),

CL("macros_asof_summarize",
   "valid: CREATE MACRO (scalar and table macro), ASOF JOIN, QUALIFY, SUMMARIZE, DESCRIBE, ATTACH with TYPE sqlite",
   r"""
-- Helpers for the pricing notebook. Rest of the helpers are unchanged.
CREATE OR REPLACE MACRO pct_change(a, b) AS (b - a) / nullif(a, 0) * 100;

CREATE OR REPLACE MACRO latest_per(tbl, key_col, ts_col) AS TABLE
    SELECT * FROM query_table(tbl)
    QUALIFY row_number() OVER (PARTITION BY key_col ORDER BY ts_col DESC) = 1;

ATTACH 'data/legacy_prices.db' AS legacy (TYPE sqlite, READ_ONLY);

SELECT
    t.trade_id,
    t.symbol,
    t.price,
    p.price AS ref_price,
    pct_change(p.price, t.price) AS diff_pct
FROM 'data/trades.parquet' AS t
ASOF LEFT JOIN legacy.prices AS p
    ON t.symbol = p.symbol AND t.ts >= p.ts;

SUMMARIZE SELECT * FROM 'data/trades.parquet';

DESCRIBE SELECT * FROM 'data/trades.parquet';
"""),

CL("export_partitioned_parquet",
   "valid: SET options, COPY ... TO with PARTITION_BY / OVERWRITE_OR_IGNORE / FILENAME_PATTERN, read_parquet with hive_partitioning; string with 'Here is'",
   r"""
-- Export cleaned events to a hive-partitioned parquet lake.
SET threads = 4;
SET memory_limit = '4GB';

CREATE OR REPLACE TABLE events_clean AS
SELECT
    event_id,
    user_id,
    event_type,
    ts,
    year(ts)  AS year,
    month(ts) AS month,
    'Here is the cleaned copy' AS provenance
FROM read_json_auto('data/events/*.json.gz')
WHERE event_type IS NOT NULL;

COPY events_clean TO 'lake/events' (
    FORMAT PARQUET,
    PARTITION_BY (year, month),
    OVERWRITE_OR_IGNORE true,
    FILENAME_PATTERN 'events_{i}'
);

SELECT year, month, count(*) FROM read_parquet('lake/events/*/*/*.parquet', hive_partitioning = true) GROUP BY ALL"""),
]
