-- Explode order line items from the raw VARIANT payload and keep the latest version per order.
WITH latest AS (
    SELECT o.payload,
           o.payload:order_id::NUMBER AS order_id,
           o.loaded_at
    FROM commerce.raw.orders o
    QUALIFY ROW_NUMBER() OVER (PARTITION BY o.payload:order_id ORDER BY o.loaded_at DESC) = 1
)
SELECT l.order_id,
       li.index AS line_no,
       li.value:sku::STRING AS sku,
       li.value:qty::NUMBER AS qty,
       li.value:price.amount::NUMBER(12,2) AS unit_price,
       li.value:price.currency::STRING AS currency,
       ARRAY_SIZE(li.value:discounts) AS discount_count
FROM latest l,
     LATERAL FLATTEN(input => l.payload:line_items) li
WHERE li.value:qty::NUMBER > 0;
