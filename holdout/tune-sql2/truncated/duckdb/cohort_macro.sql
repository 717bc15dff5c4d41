CREATE OR REPLACE MACRO cohort_month(ts) AS date_trunc('month', ts);

CREATE OR REPLACE TABLE orders AS
SELECT * FROM read_parquet('shop/orders/*.parquet');

CREATE OR REPLACE TABLE cohorts AS
SELECT customer_id,
       cohort_month(min(ordered_at)) AS cohort,
       list(DISTINCT cohort_month(ordered_at) ORDER BY cohort_month(ordered_at)) AS active_months
FROM orders
GROUP BY customer_id;

SELECT cohort,
       count(*) AS customers,
       [len(list_filter(active_months, m -> m >= cohort + INTERVAL (k) MONTH))
        FOR k IN range(0, 6)
