SELECT s.region,
       s.store_id,
       sum(t.amount)                                              AS revenue,
       rank() OVER (PARTITION BY s.region ORDER BY sum(t.amount) DESC) AS region_rank
FROM retail.transactions AS t
JOIN retail.stores AS s
  ON s.store_id = t.store_id
WHERE t.sold_at >= '2024-01-01'
ORDER BY s.region, region_rank
GROUP BY s.region, s.store_id;

SELECT count(DISTINCT store_id) AS active_stores
FROM retail.transactions
WHERE sold_at >= '2024-01-01';
