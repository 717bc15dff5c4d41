from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("human_pageviews_daily", "A",
   "stray English words 'and only the' spliced into the WHERE condition (line {line})",
   ("and only the pv.is_bot = false", "AND pv.is_bot = false"),
   r"""
-- Daily human page views per site section
INSERT INTO reporting.pageviews_daily (view_date, section, views, visitors)
SELECT
    TRUNC(pv.viewed_at)          AS view_date,
    SPLIT_PART(pv.path, '/', 2)  AS section,
    COUNT(*)                     AS views,
    COUNT(DISTINCT pv.visitor_id) AS visitors
FROM web.pageviews pv
WHERE pv.viewed_at >= DATEADD(day, -1, TRUNC(GETDATE()))
  AND pv.viewed_at <  TRUNC(GETDATE())
  and only the pv.is_bot = false
GROUP BY 1, 2;

ANALYZE reporting.pageviews_daily;
"""),

SE("regional_revenue_ranking", "B",
   "stray words 'as usual' after the ORDER BY direction (line {line})",
   ("ORDER BY total_revenue DESC as usual", "ORDER BY total_revenue DESC"),
   r"""
-- Revenue ranking of regions for the quarterly business review
WITH q AS (
    SELECT s.region, SUM(s.net_amount) AS total_revenue, COUNT(DISTINCT s.customer_id) AS customers
    FROM sales.fact_sales s
    WHERE s.sale_date BETWEEN '2024-07-01' AND '2024-09-30'
    GROUP BY s.region
)
SELECT
    region,
    total_revenue,
    customers,
    RANK() OVER (ORDER BY total_revenue DESC) AS revenue_rank,
    RATIO_TO_REPORT(total_revenue) OVER () AS revenue_share
FROM q
ORDER BY total_revenue DESC as usual
LIMIT 20;

-- shared with finance as a CSV
"""),

SE("customer_order_summary", "F",
   "missing comma between NVL(...) AS lifetime_value and the DATEDIFF(...) call (line {line})",
   ("AS lifetime_value\n", "AS lifetime_value,\n"),
   r"""
-- One row per customer for the CRM sync
CREATE TABLE crm.customer_order_summary
DISTKEY (customer_id)
SORTKEY (customer_id)
AS
SELECT
    c.customer_id,
    c.email,
    COUNT(o.order_id) AS orders,
    NVL(SUM(o.net_amount), 0) AS lifetime_value
    DATEDIFF(day, MAX(o.ordered_at), GETDATE()) AS days_since_last_order,
    MIN(o.ordered_at) AS first_order_at
FROM crm.customers c
LEFT JOIN sales.orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.email;

GRANT SELECT ON crm.customer_order_summary TO GROUP crm_sync;
"""),

SE("stock_turnover_view", "J",
   "dangling AS with no alias before the comma after AVG(i.on_hand) (line {line})",
   ("AVG(i.on_hand) AS ,", "AVG(i.on_hand) AS avg_on_hand,"),
   r"""
-- Stock turnover per SKU, last 90 days (late-binding view)
CREATE OR REPLACE VIEW reporting.v_stock_turnover AS
SELECT
    i.sku,
    SUM(s.quantity) AS units_sold,
    AVG(i.on_hand) AS ,
    CASE WHEN AVG(i.on_hand) = 0 THEN NULL
         ELSE SUM(s.quantity)::float / AVG(i.on_hand) END AS turnover
FROM inventory.daily_stock i
LEFT JOIN sales.fact_sales s
    ON s.sku = i.sku AND s.sale_date = i.snapshot_date
WHERE i.snapshot_date >= DATEADD(day, -90, CURRENT_DATE)
GROUP BY i.sku
WITH NO SCHEMA BINDING;

GRANT SELECT ON reporting.v_stock_turnover TO GROUP analysts;
"""),

SE("fulfilled_orders_by_carrier", "M",
   "trailing comma before the closing parenthesis of the IN list (line {line})",
   ("'delivered', )", "'delivered')"),
   r"""
-- Fulfilled orders per carrier and week
SELECT
    DATE_TRUNC('week', sh.shipped_at) AS ship_week,
    sh.carrier,
    COUNT(DISTINCT sh.order_id) AS orders,
    AVG(DATEDIFF(hour, o.ordered_at, sh.shipped_at)) AS avg_hours_to_ship
FROM logistics.shipments sh
JOIN sales.orders o ON o.order_id = sh.order_id
WHERE sh.status IN ('shipped', 'in_transit', 'delivered', )
  AND sh.shipped_at >= '2024-01-01'
GROUP BY 1, 2
ORDER BY 1, 2;
"""),

SE("seed_currency_table", "O",
   "INSERT row ('JPY', 'Japanese yen', is cut mid-row and runs into the next row, leaving a parenthesis open (line {line})",
   ("    ('JPY', 'Japanese yen',\n", "    ('JPY', 'Japanese yen', 0),\n"),
   r"""
-- Reference table of currencies with minor-unit digits
CREATE TABLE IF NOT EXISTS ref.currencies (
    code        CHAR(3)      NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    minor_units SMALLINT     NOT NULL,
    PRIMARY KEY (code)
)
DISTSTYLE ALL;

INSERT INTO ref.currencies (code, name, minor_units) VALUES
    ('EUR', 'Euro', 2),
    ('USD', 'US dollar', 2),
    ('JPY', 'Japanese yen',
    ('GBP', 'Pound sterling', 2),
    ('KWD', 'Kuwaiti dinar', 3),
    ('CHF', 'Swiss franc', 2);

ANALYZE ref.currencies;
"""),

SE("combined_channel_events", "L",
   "keyword split and resumed: 'UN ION ALL' between the two branches (line {line})",
   ("UN ION ALL", "UNION ALL"),
   r"""
-- Web and app events in one table for the attribution job
CREATE TABLE staging.channel_events
DISTKEY (user_id)
SORTKEY (event_ts)
AS
SELECT user_id, event_ts, 'web' AS channel, event_name, page_path AS detail
FROM web.events
WHERE event_ts >= DATEADD(day, -7, GETDATE())
UN ION ALL
SELECT user_id, event_ts, 'app' AS channel, event_name, screen_name AS detail
FROM app.events
WHERE event_ts >= DATEADD(day, -7, GETDATE());

ANALYZE staging.channel_events;
"""),

SE("late_arriving_orders", "C",
   "sentence 'this CTE handles the late-arriving rows' spliced between two CTE definitions (line {line})",
   ("), this CTE handles the late-arriving rows\n", "),\n"),
   r"""
-- Reconcile late-arriving orders into the fact table
WITH fresh AS (
    SELECT order_id, customer_id, net_amount, ordered_at, loaded_at
    FROM staging.orders
    WHERE loaded_at >= DATEADD(hour, -2, GETDATE())
), this CTE handles the late-arriving rows
late AS (
    SELECT f.*
    FROM fresh f
    WHERE f.ordered_at < DATEADD(day, -1, f.loaded_at)
)
SELECT
    l.order_id,
    l.customer_id,
    l.net_amount,
    l.ordered_at,
    DATEDIFF(hour, l.ordered_at, l.loaded_at) AS hours_late
FROM late l
LEFT JOIN sales.orders o ON o.order_id = l.order_id
WHERE o.order_id IS NULL;
"""),

# ----------------------------------------------------------------- placeholder
PH("events_table_ddl", "comment",
   "comment-only elision '-- dist/sort keys as in prod' replaces the DISTKEY / SORTKEY clauses (line {line})",
   "-- dist/sort keys as in prod",
   r"""
-- Events table for the new tracking pipeline
CREATE TABLE IF NOT EXISTS web.events_v2 (
    event_id     VARCHAR(36)    NOT NULL ENCODE zstd,
    user_id      BIGINT                  ENCODE az64,
    session_id   VARCHAR(36)             ENCODE zstd,
    event_name   VARCHAR(64)    NOT NULL ENCODE bytedict,
    event_ts     TIMESTAMP      NOT NULL ENCODE az64,
    page_path    VARCHAR(1024)           ENCODE zstd,
    properties   SUPER,
    PRIMARY KEY (event_id)
)
-- dist/sort keys as in prod
;

GRANT SELECT ON web.events_v2 TO GROUP analysts;
"""),

PH("load_dim_product", "marker",
   "'SELECT ... FROM' leaves an ellipsis where the select list of the INSERT should be (line {line})",
   "SELECT ... FROM staging.products",
   r"""
-- Type-1 refresh of the product dimension
BEGIN;

DELETE FROM dw.dim_product
USING staging.products sp
WHERE dw.dim_product.product_id = sp.product_id;

INSERT INTO dw.dim_product (product_id, sku, title, brand, category, list_price, updated_at)
SELECT ... FROM staging.products
WHERE is_valid = true;

END;

VACUUM DELETE ONLY dw.dim_product;
ANALYZE dw.dim_product;
"""),

PH("cohort_retention_matrix", "marker",
   "bare line '[same CTEs as above]' left where the cohort CTEs should be (line {line})",
   "[same CTEs as above]",
   r"""
-- Monthly cohort retention matrix
WITH
[same CTEs as above]
activity AS (
    SELECT user_id, DATE_TRUNC('month', event_ts) AS active_month
    FROM web.events
    GROUP BY 1, 2
)
SELECT
    c.cohort_month,
    DATEDIFF(month, c.cohort_month, a.active_month) AS month_offset,
    COUNT(DISTINCT a.user_id) AS active_users
FROM cohorts c
JOIN activity a ON a.user_id = c.user_id
GROUP BY 1, 2
ORDER BY 1, 2;
"""),

# ------------------------------------------------------------------- truncated
TR("unload_sales_extract", "mid-token",
   "output stops inside the quoted query of UNLOAD, mid date literal ''2024-01 (line {line})",
   r"""
-- Monthly extract of sales for the finance data room
-- 1. make sure the month is fully loaded
SELECT MAX(sale_date) AS last_loaded_day
FROM sales.fact_sales;

-- 2. refresh stats so the extract query plans well
ANALYZE sales.fact_sales PREDICATE COLUMNS;

-- 3. unload to S3 as gzip CSV
UNLOAD ('SELECT s.sale_id, s.sale_date, s.region, s.net_amount, s.currency
         FROM sales.fact_sales s
         WHERE s.sale_date >= ''2024-01"""),

TR("rebuild_sessions_proc", "open-construct",
   "plpgsql procedure body stops inside the $$ after the INSERT; END, closing $$ and LANGUAGE are missing (line {line})",
   r"""
CREATE OR REPLACE PROCEDURE staging.rebuild_sessions(p_day DATE)
AS $$
DECLARE
    v_rows INTEGER;
BEGIN
    DELETE FROM web.sessions WHERE session_date = p_day;

    INSERT INTO web.sessions (session_id, user_id, session_date, started_at, ended_at, events)
    SELECT session_id, MIN(user_id), p_day, MIN(event_ts), MAX(event_ts), COUNT(*)
    FROM web.events
    WHERE TRUNC(event_ts) = p_day
    GROUP BY session_id;

    GET DIAGNOSTICS v_rows := ROW_COUNT;
    RAISE INFO 'rebuilt % sessions for %', v_rows, p_day;
"""),

TR("refund_reconciliation", "incomplete-stmt",
   "final SELECT ends at 'ON r.order_id =' with no right-hand side and no semicolon (line {line})",
   r"""
-- Reconcile PSP refunds with our refund records
CREATE TEMP TABLE psp_refunds AS
SELECT psp_ref, order_id, amount, refunded_at
FROM payments.psp_refund_report
WHERE report_date = CURRENT_DATE - 1;

CREATE TEMP TABLE our_refunds AS
SELECT refund_id, order_id, amount, created_at
FROM sales.refunds
WHERE created_at >= CURRENT_DATE - 2;

SELECT p.psp_ref, p.order_id, p.amount AS psp_amount, r.amount AS our_amount
FROM psp_refunds p
FULL OUTER JOIN our_refunds r
    ON r.order_id =
"""),

# ----------------------------------------------------------------------- clean
CL("fact_sales_ddl_distkey",
   "valid: CREATE TABLE with IDENTITY, ENCODE, DISTSTYLE KEY, DISTKEY, COMPOUND SORTKEY; ALTER TABLE ... ALTER SORTKEY; comments with 'Note:'",
   r"""
-- Note: distribution on customer_id matches dim_customer, so joins stay local.
CREATE TABLE IF NOT EXISTS sales.fact_sales (
    sale_id        BIGINT IDENTITY(1, 1) NOT NULL,
    sale_date      DATE          NOT NULL ENCODE az64,
    customer_id    BIGINT        NOT NULL ENCODE az64,
    sku            VARCHAR(40)   NOT NULL ENCODE zstd,
    region         VARCHAR(16)   NOT NULL ENCODE bytedict,
    quantity       INTEGER       NOT NULL ENCODE az64,
    net_amount     DECIMAL(14,2) NOT NULL ENCODE az64,
    currency       CHAR(3)       NOT NULL DEFAULT 'EUR' ENCODE zstd,
    loaded_at      TIMESTAMP     DEFAULT GETDATE() ENCODE az64,
    PRIMARY KEY (sale_id)
)
DISTSTYLE KEY
DISTKEY (customer_id)
COMPOUND SORTKEY (sale_date, region);

ALTER TABLE sales.fact_sales ALTER SORTKEY (sale_date, region, sku);

COMMENT ON TABLE sales.fact_sales IS 'Sales facts; the rest of the columns live in fact_sales_ext';"""),

CL("copy_and_unload_s3",
   "valid: COPY from S3 with IAM_ROLE, CSV options, TIMEFORMAT; UNLOAD with quoted query, PARTITION BY, PARQUET; strings with '...'",
   r"""
-- Load yesterday's click export, then unload the aggregate for the data lake.
COPY staging.clicks (click_id, user_id, clicked_at, url, referrer)
FROM 's3://acme-exports/clicks/2024/10/01/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-loader'
FORMAT AS CSV
IGNOREHEADER 1
DELIMITER ','
TIMEFORMAT 'auto'
EMPTYASNULL
BLANKSASNULL
MAXERROR 10
REGION 'eu-west-1';

UNLOAD ('SELECT TRUNC(clicked_at) AS click_date, url, COUNT(*) AS clicks
         FROM staging.clicks
         WHERE referrer NOT LIKE ''%...%''
         GROUP BY 1, 2')
TO 's3://acme-lake/clicks_daily/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-unloader'
FORMAT AS PARQUET
PARTITION BY (click_date)
ALLOWOVERWRITE;
"""),

CL("refresh_customer_segments_proc",
   "valid: Redshift stored procedure in plpgsql with $$ body, FOR ... IN SELECT loop, RAISE INFO, EXCEPTION; CALL",
   r"""
-- Here is the segment refresh as a stored procedure.
CREATE OR REPLACE PROCEDURE crm.refresh_customer_segments(p_as_of DATE)
AS $$
DECLARE
    rec RECORD;
    v_total INTEGER := 0;
BEGIN
    DELETE FROM crm.customer_segments;

    FOR rec IN SELECT segment_code, min_ltv, max_ltv FROM crm.segment_rules ORDER BY min_ltv LOOP
        INSERT INTO crm.customer_segments (customer_id, segment_code, as_of)
        SELECT customer_id, rec.segment_code, p_as_of
        FROM crm.customer_order_summary
        WHERE lifetime_value >= rec.min_ltv
          AND lifetime_value < rec.max_ltv;
        v_total := v_total + 1;
    END LOOP;

    -- TODO: notify the CRM sync when the count drops sharply
    RAISE INFO 'applied % segment rules as of %', v_total, p_as_of;
EXCEPTION
    WHEN OTHERS THEN
        RAISE EXCEPTION 'segment refresh failed: %', SQLERRM;
END;
$$ LANGUAGE plpgsql;

CALL crm.refresh_customer_segments(CURRENT_DATE);
"""),

CL("category_listagg_report",
   "valid: LISTAGG(DISTINCT ...) WITHIN GROUP, APPROXIMATE COUNT(DISTINCT), NVL2, late-binding view WITH NO SCHEMA BINDING",
   r"""
CREATE OR REPLACE VIEW reporting.v_category_summary AS
SELECT
    p.category,
    COUNT(*)                                          AS products,
    APPROXIMATE COUNT(DISTINCT s.customer_id)         AS approx_buyers,
    AVG(p.list_price)                                 AS avg_price,
    LISTAGG(DISTINCT p.brand, ', ') WITHIN GROUP (ORDER BY p.brand) AS brands,
    NVL2(MAX(s.sale_date), 'active', 'no sales yet')  AS status
FROM dw.dim_product p
LEFT JOIN sales.fact_sales s ON s.sku = p.sku
GROUP BY p.category
WITH NO SCHEMA BINDING;

-- Unchanged rows are cheap to re-read; the view is late-binding.
SELECT * FROM reporting.v_category_summary ORDER BY products DESC LIMIT 50"""),

CL("super_orders_partiql",
   "valid: SUPER column with JSON_PARSE, PartiQL dot navigation and FROM-clause unnesting of an array, MERGE into target",
   r"""
-- Explode the SUPER order payload into line items, then merge.
-- Note: the rest of the payload stays in SUPER for ad-hoc queries.
CREATE TEMP TABLE order_lines_tmp AS
SELECT
    o.order_id,
    o.payload.customer.id::BIGINT        AS customer_id,
    li.sku::VARCHAR                      AS sku,
    li.qty::INT                          AS quantity,
    li.price::DECIMAL(12, 2)             AS unit_price
FROM staging.orders_raw AS o,
     o.payload.items AS li
WHERE o.payload.status::VARCHAR <> 'test';

INSERT INTO staging.orders_raw (order_id, payload)
SELECT 'sample-1', JSON_PARSE('{"status": "test", "items": []}');

MERGE INTO sales.order_lines
USING order_lines_tmp AS src
ON sales.order_lines.order_id = src.order_id AND sales.order_lines.sku = src.sku
WHEN MATCHED THEN UPDATE SET quantity = src.quantity, unit_price = src.unit_price
WHEN NOT MATCHED THEN INSERT (order_id, customer_id, sku, quantity, unit_price)
    VALUES (src.order_id, src.customer_id, src.sku, src.quantity, src.unit_price);
"""),
]
