SELECT w.warehouse_name,
       p.category,
       SUM(i.quantity_on_hand)             AS on_hand,
       COUNT(DISTINCT i.product_id)        AS products,
       LISTAGG(p.product_code, ',') WITHIN GROUP (ORDER BY p.product_code) AS codes
FROM oe.inventories i
JOIN oe.warehouses w ON w.warehouse_id = i.warehouse_id
JOIN oe.products p   ON p.product_id = i.product_id
GROUP BY w.warehouse_name, p.category
WHERE i.quantity_on_hand > 0
ORDER BY w.warehouse_name, on_hand DESC;

SELECT COUNT(*) FROM oe.inventories WHERE quantity_on_hand = 0;
