CREATE TEMP TABLE low_stock AS
SELECT sku, warehouse, on_hand, reorder_point
FROM `acme-retail.inventory.stock_levels`
WHERE on_hand < reorder_point;

DELETE FROM `acme-retail.inventory.restock_requests`
WHERE status = 'draft' AND created_at < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 7 DAY);

INSERT INTO `acme-retail.inventory.restock_requests` (sku, warehouse, qty, status, created_at)
VALUES
