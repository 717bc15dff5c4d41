-- Rule-based customer segments
CREATE OR REPLACE TEMP VIEW customer_segments AS
SELECT
  c.customer_id,
  c.country,
  o.lifetime_value,
  o.orders_count,
  CASE
    WHEN o.lifetime_value >= 5000 AND o.orders_count >= 20 THEN 'vip'
    WHEN o.lifetime_value >= 1000 THEN 'loyal'
    WHEN o.orders_count = 1 THEN 'one_time'
