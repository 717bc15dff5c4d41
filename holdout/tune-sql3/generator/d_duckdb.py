from corpus import se, ph, tr, lm, cl
D = 'duckdb'

# ---------------------------------------------------------------- syntax-error
se(D, 'repeat_customers_parquet', """\
-- Customers with repeat purchases, straight from the parquet export
CREATE OR REPLACE VIEW orders AS
SELECT * FROM read_parquet('exports/orders/*.parquet', hive_partitioning = true);

SELECT
    customer_id,
    count(*) AS orders,
    sum(total) AS revenue,
    min(order_date) AS first_order,
    max(order_date) AS last_order
FROM orders
WHERE status = 'complete'
GROUP BY customer_id
HAVNG count(*) >= 2
ORDER BY revenue DESC
LIMIT 100;

SELECT count(DISTINCT customer_id) AS customers FROM orders;
""", "misspelt keyword HAVNG (line {line})",
   mark="HAVNG count(*)", fix="HAVING count(*)")

se(D, 'staging_schema', """\
-- Local staging schema for the CSV drops
CREATE SCHEMA IF NOT EXISTS staging;

CREATE TABLE IF NOT EXISTS staging.customers (
    customer_id INTEGER PRIMARY KEY,
    email VARCHAR NOT NULL,
    country,
    signup_date DATE,
    is_active BOOLEAN DEFAULT true
);

CREATE TABLE IF NOT EXISTS staging.orders (
    order_id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES staging.customers (customer_id),
    total DECIMAL(12, 2),
    order_date DATE
);
""", "column 'country' declared without a type (line {line})",
   mark="    country,\n", fix="    country VARCHAR,\n")

se(D, 'seed_plan_catalog', """\
-- Seed the plan catalog used by the pricing notebook
CREATE OR REPLACE TABLE plans (
    plan_id VARCHAR PRIMARY KEY,
    monthly_price DECIMAL(8, 2),
    seats INTEGER,
    features VARCHAR[]
);

INSERT INTO plans VALUES
    ('free', 0.00, 1, ['projects']),
    ('starter', 12.00, 3, ['projects', 'exports'])
    ('team', 49.00, 10, ['projects', 'exports', 'sso']),
    ('enterprise', 199.00, 100, ['projects', 'exports', 'sso', 'audit_log']);

SELECT plan_id, monthly_price / seats AS price_per_seat
FROM plans
ORDER BY price_per_seat;
""", "missing comma between VALUES tuples (line {line})",
   mark="['projects', 'exports'])\n", fix="['projects', 'exports']),\n")

se(D, 'latest_readings', """\
-- Latest readings per sensor from the parquet lake
SELECT
    sensor_id,
    reading_ts,
    value
FROM read_parquet('lake/readings/*.parquet')
WHERE reading_ts >= now() - INTERVAL 1 DAY
LIMIT 500
ORDER BY reading_ts DESC;

SELECT sensor_id, max(reading_ts) AS last_seen
FROM read_parquet('lake/readings/*.parquet')
GROUP BY ALL
ORDER BY last_seen;
""", "clauses in the wrong order: LIMIT before ORDER BY (line {line})",
   mark="LIMIT 500\nORDER BY reading_ts DESC;", fix="ORDER BY reading_ts DESC\nLIMIT 500;")

se(D, 'invoice_lines_join', """\
-- Invoice lines with product names
SELECT
    i.invoice_id,
    i.issued_on,
    l.line_no,
    p.product_name,
    l.quantity * l.unit_price AS line_total
FROM read_csv('data/invoices.csv') AS i
JOIN read_csv('data/invoice_lines.csv') AS l
JOIN read_csv('data/products.csv') AS p ON p.product_id = l.product_id
WHERE i.issued_on >= DATE '2024-01-01'
ORDER BY i.invoice_id, l.line_no;

SELECT count(*) AS invoices FROM read_csv('data/invoices.csv');
""", "JOIN without its ON condition (line {line})",
   mark="AS l\nJOIN", fix="AS l ON l.invoice_id = i.invoice_id\nJOIN")

se(D, 'region_summary', """\
-- Revenue per region, from the sales CSV
CREATE OR REPLACE TABLE sales AS
FROM read_csv('data/sales.csv', header = true);

SELECT
    region,
    sum(amount) AS revenue,
    count(*) AS transactions,
    avg(amount) AS avg_ticket
FROM sales
GROUP BY region below
ORDER BY revenue DESC;

SELECT count(*) FROM sales WHERE region IS NULL;
""", "stray prose word 'below' after the GROUP BY item (line {line})",
   mark="GROUP BY region below\n", fix="GROUP BY region\n")

# ---------------------------------------------------------------- placeholder
ph(D, 'delivery_time_bands', """\
-- Delivery time bands per carrier
SELECT
    carrier,
    CASE
        WHEN delivery_hours <= 24 THEN 'next_day'
        WHEN delivery_hours <= 48 THEN 'two_day'
        -- … more thresholds in the same style
        ELSE 'slow'
    END AS band,
    count(*) AS shipments
FROM read_parquet('lake/shipments/*.parquet')
GROUP BY ALL
ORDER BY carrier, band;
""", "comment-only elision of CASE branches (line {line})",
   mark="-- … more thresholds in the same style", breaks=False)

ph(D, 'seed_country_codes', """\
-- Country reference data
CREATE OR REPLACE TABLE countries (
    iso2 VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    region VARCHAR
);

INSERT INTO countries VALUES
    ('DE', 'Germany', 'EMEA'),
    ('FR', 'France', 'EMEA'),
    (...),
    ('US', 'United States', 'AMER');

SELECT region, count(*) FROM countries GROUP BY ALL;
""", "'(...)' tuple in the VALUES list (line {line})",
   mark="    (...),\n", breaks=True)

ph(D, 'events_extract', """\
-- Extract page events for the attribution model
COPY (
    SELECT
        user_id,
        session_id,
        event_ts,
        page_url
    FROM read_json_auto('raw/events/*.json.gz')
    WHERE event_type = 'page_view'
      AND {{ extra_filters }}
) TO 'out/page_events.parquet' (FORMAT parquet);

SELECT count(*) FROM 'out/page_events.parquet';
""", "template placeholder '{{ extra_filters }}' left in the WHERE clause (line {line})",
   mark="{{ extra_filters }}", breaks=True)

# ---------------------------------------------------------------- truncated
tr(D, 'load_orders_csv', """\
-- Load the 2024 order exports
CREATE OR REPLACE TABLE orders_2023 AS
SELECT * FROM read_csv('data/orders_2023.csv', header = true, dateformat = '%Y-%m-%d');

CREATE OR REPLACE TABLE orders_2024 AS
SELECT *
FROM read_csv(
    'data/orders_2024.csv',
    header = true,
    dateformat = '%Y-%m-%d',
    columns = {'order_id': 'INTEGER', 'customer_id': 'INTEGER', 'total': 'DECIMAL(12,2)', 'order_date': 'DA""", "cut mid-string inside the columns struct, no final newline (line {line})", kind='a')

tr(D, 'customer_rollup_macro', """\
-- Reusable table macro for customer rollups
CREATE OR REPLACE MACRO customer_rollup(since_date) AS TABLE (
    WITH recent AS (
        SELECT customer_id, total, order_date
        FROM orders
        WHERE order_date >= since_date
    )
    SELECT
        customer_id,
        count(*) AS orders,
        sum(total) AS revenue,
        list(order_date ORDER BY order_date) AS order_dates
    FROM recent
""", "stops inside the open AS TABLE ( ... ) body of a table macro (line {line})", kind='b')

tr(D, 'monthly_sales_pivot', """\
-- Monthly sales per product line, pivoted
CREATE OR REPLACE TABLE monthly_sales AS
SELECT
    product_line,
    strftime(order_date, '%Y-%m') AS month,
    sum(total) AS revenue
FROM orders
GROUP BY ALL;

SELECT count(*) FROM monthly_sales;

PIVOT monthly_sales
ON month
USING
""", "last PIVOT stops at a bare USING, no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'build_marts', """\
\"\"\"Build the local DuckDB marts from the parquet lake.\"\"\"
import duckdb

DB_PATH = "warehouse.duckdb"

STAGING_SQL = \"\"\"
CREATE OR REPLACE TABLE stg_orders AS
SELECT * FROM read_parquet('lake/orders/*.parquet');
\"\"\"

MART_SQL = \"\"\"
CREATE OR REPLACE TABLE mart_daily_revenue AS
SELECT order_date, sum(total) AS revenue
FROM stg_orders
GROUP BY ALL;
\"\"\"


def main() -> None:
    con = duckdb.connect(DB_PATH)
    con.execute(STAGING_SQL)
    con.execute(MART_SQL)
    rows = con.execute("SELECT count(*) FROM mart_daily_revenue").fetchone()[0]
    print(f"mart_daily_revenue: {rows} rows")
    con.execute("EXPORT DATABASE 'snapshots/latest' (FORMAT par""", "Python module with DuckDB SQL in triple-quoted strings; cut mid-line at the end", cut=True, lang='python')

# ---------------------------------------------------------------- clean
cl(D, 'friendly_sql_tour', """\
-- Note: DuckDB "friendly SQL" - FROM-first, trailing commas, COLUMNS(), GROUP BY ALL.
CREATE OR REPLACE TABLE orders AS
SELECT
    range AS order_id,
    range % 7 AS customer_id,
    ['web', 'app', 'store'][range % 3 + 1] AS channel,
    round(10 + range * 1.37, 2) AS amount_net,
    round((10 + range * 1.37) * 1.2, 2) AS amount_gross,
    DATE '2024-01-01' + INTERVAL (range) DAY AS order_date,
FROM range(60);

FROM orders
SELECT
    channel,
    sum(COLUMNS('amount_.*')),
    count(*) AS n,
GROUP BY ALL
ORDER BY ALL;

SELECT * EXCLUDE (amount_gross) REPLACE (amount_net * 100 AS amount_net)
FROM orders
WHERE order_id < 3;

SELECT max(COLUMNS(* EXCLUDE (order_date))) FROM orders;

SELECT [x * 2 FOR x IN range(10) IF x % 3 = 0] AS evens_tripled,
       list_transform([1, 2, 3], lambda x: x + 1) AS bumped;
""", "FROM-first SELECT, trailing commas in SELECT lists, COLUMNS('regex') and COLUMNS(* EXCLUDE ...), GROUP BY ALL / ORDER BY ALL, SELECT * EXCLUDE/REPLACE, list indexing, list comprehension with IF, Python-style lambda; comment with 'Note:'")

cl(D, 'macros_and_structs', """\
-- Here is a small pricing toolkit ... macros plus nested types.
CREATE OR REPLACE MACRO add_tax(amount, rate := 0.2) AS round(amount * (1 + rate), 2);

CREATE OR REPLACE MACRO top_n(tbl, n) AS TABLE
    SELECT * FROM query_table(tbl) ORDER BY price DESC LIMIT n;

CREATE OR REPLACE TABLE products AS
SELECT * FROM (VALUES
    ('sku-1', 'Desk', 250.0, {'w': 120, 'd': 60}, ['office', 'wood']),
    ('sku-2', 'Chair', 120.0, {'w': 50, 'd': 50}, ['office']),
    ('sku-3', 'Lamp', 35.5, {'w': 20, 'd': 20}, ['lighting', 'office'])
) AS t(sku, name, price, dims, tags);

SELECT
    sku,
    add_tax(price) AS gross,
    add_tax(price, rate := 0.07) AS gross_reduced,
    dims.w * dims.d AS footprint,
    u.tag,
FROM products, unnest(tags) AS u(tag)
QUALIFY row_number() OVER (PARTITION BY tag ORDER BY price DESC) = 1
ORDER BY tag;

FROM top_n('products', 2);""", "scalar MACRO with default parameter, table MACRO with query_table(), VALUES with STRUCT and LIST literals, dotted struct access, lateral unnest() in FROM, QUALIFY, trailing comma, FROM-only statement; comment with 'Here is' and '...'; no final newline")

cl(D, 'pivot_asof_report', """\
-- ----------------------------------------------------------
-- PIVOT / UNPIVOT and an ASOF join against a price history.
-- TODO(later): swap the VALUES stubs for read_parquet().
-- ----------------------------------------------------------
CREATE OR REPLACE TABLE sales AS
FROM (VALUES ('north', '2024-01', 100), ('north', '2024-02', 140),
             ('south', '2024-01', 90), ('south', '2024-02', 70)) t(region, month, revenue);

PIVOT sales ON month USING sum(revenue) GROUP BY region;

CREATE OR REPLACE TABLE wide AS PIVOT sales ON month USING sum(revenue);

UNPIVOT wide ON COLUMNS(* EXCLUDE (region)) INTO NAME month VALUE revenue;

CREATE OR REPLACE TABLE trades AS
FROM (VALUES ('ACME', TIMESTAMP '2024-03-01 10:00:05', 10),
             ('ACME', TIMESTAMP '2024-03-01 10:00:09', 5)) t(symbol, ts, qty);

CREATE OR REPLACE TABLE quotes AS
FROM (VALUES ('ACME', TIMESTAMP '2024-03-01 10:00:00', 99.5),
             ('ACME', TIMESTAMP '2024-03-01 10:00:07', 99.9)) t(symbol, ts, price);

SELECT t.symbol, t.ts, t.qty, q.price, t.qty * q.price AS notional
FROM trades t
ASOF JOIN quotes q ON t.symbol = q.symbol AND t.ts >= q.ts
ORDER BY t.ts;
""", "PIVOT ... ON ... USING ... GROUP BY, CREATE TABLE AS PIVOT, UNPIVOT ... ON COLUMNS(* EXCLUDE ...) INTO NAME ... VALUE, FROM (VALUES ...) t(cols), ASOF JOIN; comment with 'TODO'; '-- ----' separators")

cl(D, 'org_chart_paths', """\
-- Reporting lines via a recursive CTE; the rest of the org is unchanged.
CREATE OR REPLACE TABLE employees AS
FROM (VALUES (1, 'Ada', NULL), (2, 'Grace', 1), (3, 'Linus', 2), (4, 'Ken', 2), (5, 'Barbara', 1))
    t(id, name, manager_id);

WITH RECURSIVE chain(id, name, path, depth) AS (
    SELECT id, name, [name], 0
    FROM employees
    WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.name, list_append(c.path, e.name), c.depth + 1
    FROM employees e
    JOIN chain c ON e.manager_id = c.id
)
SELECT
    id,
    name,
    depth,
    array_to_string(path, ' > ') AS reporting_line,
    list_filter(path, lambda p: p <> name) AS managers
FROM chain
ORDER BY depth, name
""", "WITH RECURSIVE with a LIST path column, list_append, array_to_string, list_filter with Python-style lambda, FROM (VALUES ...) t(cols); comment with 'rest of' and 'unchanged'; last statement has no ';'")
