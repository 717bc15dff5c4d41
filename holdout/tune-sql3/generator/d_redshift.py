from corpus import se, ph, tr, lm, cl
D = 'redshift'

# ---------------------------------------------------------------- syntax-error
se(D, 'ad_spend_attribution', """\
-- Attribute orders to the last ad click within 7 days
SELECT
    o.order_id,
    o.customer_id,
    o.order_total,
    c.campaign_id,
    c.clicked_at
FROM sales.orders o
LEFT JION marketing.ad_clicks c
    ON c.customer_id = o.customer_id
   AND c.clicked_at BETWEEN DATEADD(day, -7, o.ordered_at) AND o.ordered_at
WHERE o.ordered_at >= DATEADD(day, -30, GETDATE());

SELECT campaign_id, SUM(spend) AS spend_30d
FROM marketing.ad_spend
WHERE spend_date >= DATEADD(day, -30, GETDATE())
GROUP BY campaign_id;
""", "misspelt keyword LEFT JION (line {line})",
   mark="LEFT JION marketing", fix="LEFT JOIN marketing")

se(D, 'slowest_queries', """\
-- Ten slowest queries of the last day from the system tables
SELECT
    q.query,
    q.userid,
    TRIM(q.querytxt) AS sql_text,
    DATEDIFF(seconds, q.starttime, q.endtime) AS duration_s
FROM stl_query q
WHERE q.starttime >= DATEADD(day, -1, GETDATE())
  AND q.userid > 1
LIMIT 10
ORDER BY duration_s DESC;

SELECT COUNT(*) AS queries_last_day
FROM stl_query
WHERE starttime >= DATEADD(day, -1, GETDATE());
""", "clauses in the wrong order: LIMIT placed before ORDER BY (line {line})",
   mark="LIMIT 10\nORDER BY duration_s DESC;", fix="ORDER BY duration_s DESC\nLIMIT 10;")

se(D, 'load_errors_review', """\
-- Review recent COPY load errors
SELECT
    starttime,
    filename,
    line_number,
    colname,
    err_code,
    TRIM(err_reason) AS reason
FROM stl_load_errors
WHERE starttime >= DATEADD(hour, -24, GETDATE())
  AND filename LIKE 's3://acme-landing/orders/%
ORDER BY starttime DESC;

SELECT err_code, COUNT(*) AS occurrences
FROM stl_load_errors
WHERE starttime >= DATEADD(day, -7, GETDATE())
GROUP BY err_code
ORDER BY occurrences DESC;
""", "unterminated string literal in the LIKE pattern (line {line})",
   mark="orders/%\nORDER BY", fix="orders/%'\nORDER BY")

se(D, 'cohort_retention', """\
-- Monthly cohort retention
WITH cohorts AS (
    SELECT customer_id, DATE_TRUNC('month', MIN(ordered_at)) AS cohort_month
    FROM sales.orders
    GROUP BY customer_id
),
activity AS (
    SELECT DISTINCT customer_id, DATE_TRUNC('month', ordered_at) AS active_month
    FROM sales.orders
)
SELECT
    c.cohort_month,
    DATEDIFF(month, c.cohort_month, a.active_month) AS month_number,
    COUNT(DISTINCT a.customer_id AS active_customers
FROM cohorts c
JOIN activity a ON a.customer_id = c.customer_id
GROUP BY 1, 2
ORDER BY 1, 2;

SELECT COUNT(*) FROM cohorts_snapshot;

ANALYZE sales.orders;
""", "unclosed '(' in COUNT(DISTINCT ...; further statements follow (line {line})",
   mark="a.customer_id AS active_customers", fix="a.customer_id) AS active_customers")

se(D, 'category_sales_splice', """\
-- Revenue per category for the current month
SELECT
    p.category,
    SUM(oi.quantity * oi.unit_price) AS revenue,
    COUNT(DISTINCT oi.order_id) AS orders
FROM sales.order_items oi
JOIN sales.products p ON p.product_id = oi.product_id
WHERE oi.ordered_at >= DATE_TRUNC('month', GETDATE())
GROUP BY p.categoryORDER BY p.category, revenue DESC
HAVING SUM(oi.quantity) > 0
ORDER BY revenue DESC;

SELECT category, COUNT(*) AS products
FROM sales.products
GROUP BY category;
""", "output splice: 'GROUP BY p.categoryORDER BY ...' - the cut GROUP BY runs into a resumed ORDER BY (line {line})",
   mark="GROUP BY p.categoryORDER BY p.category, revenue DESC\n", fix="GROUP BY p.category\n")

se(D, 'stale_dimension_rows', """\
-- Dimension rows not refreshed by the last load
SELECT
    d.customer_key,
    d.customer_id,
    d.loaded_at
FROM dw.dim_customer d
WHERE d.is_current = TRUE
  AND d.loaded_at < AND d.customer_id NOT IN (SELECT customer_id FROM staging.customers)
ORDER BY d.loaded_at;

UPDATE dw.dim_customer
SET is_current = FALSE
WHERE loaded_at < DATEADD(day, -90, GETDATE())
  AND is_current = TRUE;
""", "'<' with no right-hand operand (line {line})",
   mark="d.loaded_at < AND", fix="d.loaded_at < DATEADD(day, -1, GETDATE()) AND")

# ---------------------------------------------------------------- placeholder
ph(D, 'create_fact_orders', """\
-- Fact table for orders
CREATE TABLE IF NOT EXISTS dw.fact_orders (
    order_key BIGINT IDENTITY(1, 1),
    order_id VARCHAR(40) NOT NULL ENCODE zstd,
    customer_key BIGINT NOT NULL,
    order_date DATE NOT NULL ENCODE az64,
    ...,
    gross_amount DECIMAL(14, 2) ENCODE az64,
    loaded_at TIMESTAMP DEFAULT GETDATE()
)
DISTSTYLE KEY
DISTKEY (customer_key)
SORTKEY (order_date);
""", "'...,' standing in for column definitions inside CREATE TABLE (line {line})",
   mark="    ...,\n", breaks=True)

ph(D, 'grant_read_access', """\
-- Read-only access for the BI group
CREATE GROUP bi_readers;

GRANT USAGE ON SCHEMA dw TO GROUP bi_readers;
GRANT SELECT ON ALL TABLES IN SCHEMA dw TO GROUP bi_readers;
ALTER DEFAULT PRIVILEGES IN SCHEMA dw GRANT SELECT ON TABLES TO GROUP bi_readers;

-- [snip] same three grants for the marts and finance schemas

ALTER GROUP bi_readers ADD USER looker_svc, mode_svc;
""", "comment-only '[snip]' elision between statements (line {line})",
   mark="-- [snip] same three grants for the marts and finance schemas", breaks=False)

ph(D, 'sp_truncate_staging', """\
CREATE OR REPLACE PROCEDURE staging.sp_truncate_staging()
AS $$
BEGIN
    TRUNCATE staging.orders;
    TRUNCATE staging.order_items;
    -- etc. for the remaining staging tables
    RAISE INFO 'staging truncated at %', GETDATE();
END;
$$ LANGUAGE plpgsql;

CALL staging.sp_truncate_staging();

SELECT COUNT(*) AS remaining_rows FROM staging.orders;
""", "comment-only 'etc.' elision in a $$ procedure body (line {line})",
   mark="-- etc. for the remaining staging tables", breaks=False)

# ---------------------------------------------------------------- truncated
tr(D, 'copy_clickstream', """\
-- Load yesterday's clickstream files
TRUNCATE staging.clickstream;

COPY staging.clickstream
FROM 's3://acme-landing/clickstream/2024/03/14/'
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopyRole'
FORMAT AS JSON 'auto'
GZIP
TIMEFORMAT 'auto'
REGION 'us-east-1';

COPY staging.clickstream_sessions
FROM 's3://acme-landing/sessions/2024/03/14/'
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCo""", "cut mid-string inside the IAM_ROLE ARN, no final newline (line {line})", kind='a')

tr(D, 'sp_rebuild_dim_product', """\
CREATE OR REPLACE PROCEDURE dw.sp_rebuild_dim_product(p_as_of DATE)
AS $$
DECLARE
    v_rows INTEGER;
BEGIN
    DELETE FROM dw.dim_product WHERE valid_from > p_as_of;

    INSERT INTO dw.dim_product (product_id, name, category, valid_from)
    SELECT product_id, name, category, p_as_of
    FROM staging.products;

    GET DIAGNOSTICS v_rows := ROW_COUNT;
    IF v_rows = 0 THEN
        RAISE EXCEPTION 'no products staged for %', p_as_of;
""", "stops inside an IF block of a $$ plpgsql procedure body (line {line})", kind='b')

tr(D, 'seed_channel_lookup', """\
-- Marketing channel lookup
DROP TABLE IF EXISTS dw.channel_lookup;

CREATE TABLE dw.channel_lookup (
    utm_source VARCHAR(100) NOT NULL,
    channel VARCHAR(40) NOT NULL
)
DISTSTYLE ALL;

INSERT INTO dw.channel_lookup VALUES ('google', 'paid_search');
INSERT INTO dw.channel_lookup VALUES ('facebook', 'paid_social');

INSERT INTO dw.channel_lookup (utm_source, channel)
VALUES
""", "last INSERT stops at a bare VALUES, no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'V7__create_sessions_table', """\
package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

public class V7__create_sessions_table extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement stmt = context.getConnection().createStatement()) {
            stmt.execute(
                "CREATE TABLE IF NOT EXISTS analytics.sessions (" +
                "  session_id VARCHAR(64) NOT NULL," +
                "  user_id BIGINT," +
                "  started_at TIMESTAMP NOT NULL," +
                "  ended_at TIMESTAMP" +
                ") DISTKEY (user_id) SORTKEY (started_at)");
            stmt.execute("GRANT SELECT ON analytics.sessions TO GROUP bi_readers");
        }
    }
}
""", "Flyway Java migration (BaseJavaMigration) issuing Redshift DDL", cut=False, lang='java')

# ---------------------------------------------------------------- clean
cl(D, 'create_sales_star', """\
-- ------------------------------------------------------------
-- Star schema for sales (Note: sort/dist choices reviewed 2024-03)
-- ------------------------------------------------------------
CREATE TABLE IF NOT EXISTS dw.dim_date (
    date_key INTEGER NOT NULL PRIMARY KEY,
    full_date DATE NOT NULL,
    fiscal_quarter SMALLINT NOT NULL ENCODE az64,
    is_holiday BOOLEAN DEFAULT FALSE
)
DISTSTYLE ALL
SORTKEY (full_date);

CREATE TABLE IF NOT EXISTS dw.fact_sales (
    sale_id BIGINT IDENTITY(1, 1),
    date_key INTEGER NOT NULL REFERENCES dw.dim_date (date_key),
    customer_key BIGINT NOT NULL ENCODE az64,
    product_key BIGINT NOT NULL ENCODE az64,
    quantity INTEGER NOT NULL ENCODE az64,
    net_amount DECIMAL(14, 2) NOT NULL ENCODE az64,
    channel VARCHAR(32) ENCODE bytedict
)
DISTSTYLE KEY
DISTKEY (customer_key)
COMPOUND SORTKEY (date_key, product_key);

COMMENT ON TABLE dw.fact_sales IS 'One row per sales line; TODO markers live in the data catalog, not here';
""", "DISTSTYLE ALL/KEY, DISTKEY, SORTKEY and COMPOUND SORTKEY, per-column ENCODE az64/bytedict, IDENTITY(1, 1), COMMENT ON TABLE with 'TODO' in the string; '-- ----' separators, 'Note:'")

cl(D, 'daily_copy_and_unload', """\
-- Nightly load + export. Here is the order: COPY in, transform, UNLOAD out ...
BEGIN;

COPY staging.orders
FROM 's3://acme-landing/orders/dt=2024-03-14/'
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopyRole'
FORMAT AS CSV
IGNOREHEADER 1
DELIMITER ','
DATEFORMAT 'YYYY-MM-DD'
TIMEFORMAT 'auto'
EMPTYASNULL
REGION 'us-east-1';

INSERT INTO dw.fact_orders (order_id, customer_key, order_date, gross_amount)
SELECT s.order_id, c.customer_key, s.order_date::DATE, s.gross_amount
FROM staging.orders s
JOIN dw.dim_customer c ON c.customer_id = s.customer_id AND c.is_current;

END;

UNLOAD ('SELECT order_id, order_date, gross_amount FROM dw.fact_orders WHERE order_date = ''2024-03-14''')
TO 's3://acme-exports/fact_orders/dt=2024-03-14/part_'
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnloadRole'
FORMAT AS PARQUET
ALLOWOVERWRITE;""", "BEGIN/END transaction, COPY ... FROM S3 with IAM_ROLE, FORMAT AS CSV, IGNOREHEADER, DATEFORMAT/TIMEFORMAT, EMPTYASNULL; ::DATE cast; UNLOAD with doubled '' quotes in the query string, FORMAT AS PARQUET; comment with 'Here is' and '...'; no final newline")

cl(D, 'sp_merge_customers', """\
-- Upsert customers from staging (Redshift stored procedure).
-- Note: the staging table is left unchanged; it is truncated by the loader.
CREATE OR REPLACE PROCEDURE dw.sp_merge_customers(p_batch VARCHAR(40))
AS $$
DECLARE
    v_updated INTEGER := 0;
BEGIN
    UPDATE dw.dim_customer
    SET email = s.email,
        segment = s.segment,
        loaded_at = GETDATE()
    FROM staging.customers s
    WHERE dw.dim_customer.customer_id = s.customer_id
      AND s.batch_id = p_batch;
    GET DIAGNOSTICS v_updated := ROW_COUNT;

    INSERT INTO dw.dim_customer (customer_id, email, segment, loaded_at, is_current)
    SELECT s.customer_id, s.email, s.segment, GETDATE(), TRUE
    FROM staging.customers s
    LEFT JOIN dw.dim_customer d ON d.customer_id = s.customer_id
    WHERE d.customer_id IS NULL
      AND s.batch_id = p_batch;

    RAISE INFO 'batch %: % rows updated', p_batch, v_updated;
END;
$$ LANGUAGE plpgsql;

CALL dw.sp_merge_customers('2024-03-14');
""", "CREATE OR REPLACE PROCEDURE ... AS $$ plpgsql body with DECLARE, UPDATE ... FROM, GET DIAGNOSTICS, RAISE INFO; CALL; comment with 'Note:' and 'unchanged'")

cl(D, 'weekly_product_mix', """\
-- Weekly product mix with a per-week SKU list
SELECT
    DATE_TRUNC('week', o.order_date) AS week_start,
    p.category,
    APPROXIMATE COUNT(DISTINCT o.customer_key) AS approx_customers,
    SUM(o.gross_amount) AS revenue,
    RATIO_TO_REPORT(SUM(o.gross_amount)) OVER (PARTITION BY DATE_TRUNC('week', o.order_date)) AS revenue_share,
    LISTAGG(DISTINCT p.sku, ',') WITHIN GROUP (ORDER BY p.sku) AS skus
FROM dw.fact_orders o
JOIN dw.dim_product p ON p.product_key = o.product_key
WHERE o.order_date >= DATEADD(week, -8, TRUNC(GETDATE()))
  AND p.category NOT ILIKE 'internal%'
GROUP BY 1, 2
ORDER BY 1 DESC, revenue DESC
""", "APPROXIMATE COUNT(DISTINCT), RATIO_TO_REPORT window, LISTAGG(DISTINCT ...) WITHIN GROUP, DATEADD/TRUNC(GETDATE()), NOT ILIKE, positional GROUP BY; last statement has no ';'")
