CREATE OR REPLACE MACRO basket_band(n_items) AS
    CASE
        WHEN n_items <= 1 THEN 'single'
        WHEN n_items <= 5 THEN 'small'
        ELSE 'large';

CREATE OR REPLACE TABLE baskets AS
SELECT order_id, count(*) AS n_items, sum(price * qty) AS value
FROM read_parquet('retail/order_lines/*.parquet')
GROUP BY order_id;

SELECT basket_band(n_items) AS band, count(*) AS orders, avg(value) AS avg_value
FROM baskets
GROUP BY ALL
ORDER BY orders DESC;
