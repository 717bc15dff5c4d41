-- Here is the local rollup of the exported sales parquet files.
-- Note: the rest of the columns in the export are unchanged and ignored.
CREATE OR REPLACE TABLE sales AS
SELECT * EXCLUDE (_ingest_id)
FROM read_parquet('exports/sales/*/*.parquet', hive_partitioning = true, union_by_name = true)
WHERE sold_at >= DATE '2026-01-01';

CREATE OR REPLACE TABLE store_rollup AS
SELECT
    store_id,
    date_trunc('month', sold_at)                        AS month,
    sum(net_amount)                                     AS revenue,
    list(DISTINCT sku ORDER BY sku)                     AS skus,
    [x * 1.2 FOR x IN list(net_amount) IF x > 100]      AS big_tickets_gross
FROM sales
GROUP BY ALL
ORDER BY ALL;

SELECT store_id, month, revenue, len(skus) AS n_skus
FROM store_rollup
WHERE revenue > 0
QUALIFY row_number() OVER (PARTITION BY store_id ORDER BY revenue DESC) = 1;

COPY store_rollup TO 'out/store_rollup' (FORMAT PARQUET, PARTITION_BY (store_id), OVERWRITE_OR_IGNORE true);
