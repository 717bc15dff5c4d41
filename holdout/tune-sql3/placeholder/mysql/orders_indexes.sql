-- Indexes for the orders reporting workload
ALTER TABLE orders
  ADD INDEX idx_orders_customer_created (customer_id, created_at),
  ADD INDEX idx_orders_status (status);

CREATE INDEX idx_order_items_product ON order_items (product_id);
CREATE INDEX idx_order_items_order ON order_items (order_id, line_no);

-- TODO: add the remaining indexes for shipments and returns

ANALYZE TABLE orders, order_items;
