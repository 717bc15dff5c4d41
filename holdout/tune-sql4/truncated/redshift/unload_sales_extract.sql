-- Monthly extract of sales for the finance data room
-- 1. make sure the month is fully loaded
SELECT MAX(sale_date) AS last_loaded_day
FROM sales.fact_sales;

-- 2. refresh stats so the extract query plans well
ANALYZE sales.fact_sales PREDICATE COLUMNS;

-- 3. unload to S3 as gzip CSV
UNLOAD ('SELECT s.sale_id, s.sale_date, s.region, s.net_amount, s.currency
         FROM sales.fact_sales s
         WHERE s.sale_date >= ''2024-01