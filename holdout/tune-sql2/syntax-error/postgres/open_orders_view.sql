CREATE OR REPLACE VIEW sales.v_open_orders AS
SELECT o.id,
       o.placed_at,
       c.name        AS customer,
       sum(l.qty * l.unit_price) AS total,
       array_agg(l.sku ORDER BY l.line_no) AS skus
FROM sales.orders o
JOIN sales.customers c
JOIN sales.order_lines l ON l.order_id = o.id
WHERE o.status IN ('placed', 'picking')
GROUP BY o.id, o.placed_at, c.name;

COMMENT ON VIEW sales.v_open_orders IS 'orders not yet shipped';
