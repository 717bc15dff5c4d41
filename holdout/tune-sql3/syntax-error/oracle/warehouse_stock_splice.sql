-- Stock value per warehouse
SELECT
    w.warehouse_name,
    SUM(s.qty_on_hand * p.unit_cost) AS stock_value,
    COUNT(DISTINCT s.product_id) AS products
FROM stock s
JOIN warehouses w ON w.warehouse_id = s.warehouse_id
JOIN products p ON p.product_id = s.product_id
WHERE s.qty_on_hand > 0
GROUP BY w.warehouse_nFROM stock s JOIN warehouses w ON w.warehouse_id = s.warehouse_id
ORDER BY stock_value DESC;

SELECT COUNT(*) FROM stock WHERE qty_on_hand < 0;
