-- Nested customer profile for the activation export
SELECT
  c.customer_id,
  STRUCT(
    c.email AS email,
    c.phone AS phone,
    -- … plus the remaining contact fields
    c.marketing_opt_in AS opt_in
  ) AS contact,
  ARRAY(
    SELECT AS STRUCT o.order_id, o.total
    FROM `acme-prod.sales.orders` AS o
    WHERE o.customer_id = c.customer_id
    ORDER BY o.order_ts DESC
    LIMIT 5
  ) AS recent_orders
FROM `acme-prod.crm.customers` AS c;
