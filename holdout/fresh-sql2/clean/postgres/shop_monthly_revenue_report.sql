\set ON_ERROR_STOP on
\timing on
CREATE TEMP TABLE orders (
    order_id    int PRIMARY KEY,
    customer_id int NOT NULL,
    placed_at   date NOT NULL,
    amount      numeric(10, 2) NOT NULL,
    channel     text NOT NULL
);

INSERT INTO orders
SELECT g,
       1 + (g % 37),
       DATE '2024-01-01' + (g % 300),
       round((10 + (g * 7) % 490)::numeric, 2),
       CASE WHEN g % 3 = 0 THEN 'web' WHEN g % 3 = 1 THEN 'app' ELSE 'store' END
FROM generate_series(1, 2000) AS g;

\echo 'Computing monthly revenue...'
WITH monthly AS (
    SELECT date_trunc('month', placed_at)::date            AS month,
           sum(amount)                                     AS revenue,
           sum(amount) FILTER (WHERE channel = 'web')      AS web_revenue,
           count(DISTINCT customer_id)                     AS buyers
    FROM orders
    GROUP BY 1
)
SELECT month,
       revenue,
       web_revenue,
       buyers,
       revenue - lag(revenue) OVER (ORDER BY month)        AS mom_change,
       round(100.0 * revenue / sum(revenue) OVER (), 2)    AS pct_of_year,
       avg(revenue) OVER (ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS rolling_3m
FROM monthly
ORDER BY month;

SELECT count(*) AS order_count, sum(amount) AS total FROM orders \gset
\echo orders: :order_count total: :total
