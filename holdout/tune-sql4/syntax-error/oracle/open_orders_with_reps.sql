-- Open orders with the responsible sales rep
SELECT
    o.order_id,
    o.order_date,
    o.customer_id,
    rep.first_name || ' ' || rep.last_name AS sales_rep,
    o.order_total
FROM oe.orders o
JOIN hr.employees rep ON
WHERE o.order_status IN (0, 1, 2)
  AND o.order_date >= ADD_MONTHS(SYSDATE, -3)
ORDER BY o.order_date DESC;

-- reviewed weekly by the sales ops lead
