CREATE TABLE sales AS
SELECT i AS sale_id,
       DATE '2024-01-01' + INTERVAL (i % 90) DAY AS sold_on,
       ['croissant', 'baguette', 'eclair', 'tart'][1 + i % 4] AS product,
       ['north', 'south'][1 + i % 2] AS shop,
       1 + i % 5 AS qty,
       round(2.5 + (i % 7) * 0.75, 2) AS amount_net,
       round((2.5 + (i % 7) * 0.75) * 0.09, 2) AS amount_vat,
FROM range(1, 501) t(i);

-- FROM-first and GROUP BY ALL / ORDER BY ALL
FROM sales
SELECT shop, product, sum(qty) AS units, sum(amount_net) AS net,
GROUP BY ALL
ORDER BY ALL;

-- Every amount_* column summed without listing them.
SELECT shop, sum(COLUMNS('amount_.*'))
FROM sales
GROUP BY shop;

SELECT * EXCLUDE (amount_vat) REPLACE (upper(product) AS product)
FROM sales
WHERE sold_on >= DATE '2024-03-01'
ORDER BY sale_id
LIMIT 5;

SELECT product,
       count(*) AS n,
       max_by(shop, qty) AS shop_of_biggest_order,
       arg_min(sold_on, amount_net) AS cheapest_day
FROM sales
GROUP BY product;

SUMMARIZE sales;
