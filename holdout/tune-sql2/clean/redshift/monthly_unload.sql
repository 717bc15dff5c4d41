-- Here is the monthly export for the finance data lake.
UNLOAD ('
    SELECT c.customer_id,
           c.region,
           DATE_TRUNC(''month'', o.ordered_at) AS order_month,
           SUM(o.amount) AS revenue,
           LISTAGG(DISTINCT o.currency, '','') WITHIN GROUP (ORDER BY o.currency) AS currencies
    FROM sales.orders o
    JOIN sales.customers c ON c.customer_id = o.customer_id
    WHERE o.ordered_at >= ''2026-11-01'' AND o.ordered_at < ''2026-12-01''
      AND o.status <> ''TODO''   -- rows still marked TODO are drafts
    GROUP BY 1, 2, 3
')
TO 's3://acme-finance-lake/revenue/2026-11/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-unloader'
FORMAT AS PARQUET
PARTITION BY (region)
MAXFILESIZE 256 MB
ALLOWOVERWRITE;

-- Note: the rest of the exports (refunds, credits) are unchanged and run from Airflow.
SELECT query, TRIM(path) AS path, line_count
FROM stl_unload_log
WHERE query = PG_LAST_QUERY_ID()
ORDER BY path;
