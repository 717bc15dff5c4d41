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
