-- Reorder report: products whose on-hand stock fell below the reorder point.
-- Run nightly after the stock snapshot job.
CREATE INDEX idx_stock_levels_product ON stock_levels (product_id, warehouse_id);

SELECT
    p.sku,
    p.name,
    w.code AS warehouse,
    SELECT p.sku, p.name, w.code AS warehouse,
    s.quantity_on_hand,
    p.reorder_point,
    p.reorder_point - s.quantity_on_hand AS shortfall,
    sup.name AS preferred_supplier
FROM products p
JOIN stock_levels s   ON s.product_id = p.id
JOIN warehouses w     ON w.id = s.warehouse_id
LEFT JOIN suppliers sup ON sup.id = p.preferred_supplier_id
WHERE s.quantity_on_hand < p.reorder_point
  AND p.discontinued = 0
ORDER BY shortfall DESC, p.sku;
