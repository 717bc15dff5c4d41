-- Here is the latest cart snapshot per customer, one row per line item ...
SELECT
    e.payload:customer.id::STRING AS customer_id,
    e.payload:cart.id::STRING AS cart_id,
    li.value:sku::STRING AS sku,
    li.value:qty::INTEGER AS qty,
    li.value['unit_price']::NUMBER(12, 2) AS unit_price,
    e.received_at
FROM raw.cart_events AS e,
     LATERAL FLATTEN(input => e.payload:cart.items) AS li
WHERE e.payload:event_type::STRING = 'cart_updated'
  AND e.received_at >= DATEADD('day', -7, CURRENT_TIMESTAMP())
QUALIFY ROW_NUMBER() OVER (
    PARTITION BY e.payload:customer.id::STRING, li.value:sku::STRING
    ORDER BY e.received_at DESC
) = 1
ORDER BY customer_id, sku;