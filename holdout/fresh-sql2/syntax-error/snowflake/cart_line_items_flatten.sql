SELECT o.order_id,
       o.payload:customer.id::STRING      AS customer_id,
       li.value:sku::STRING               AS sku,
       li.value:qty::NUMBER               AS qty,
       li.value:price::NUMBER(10, 2)      AS unit_price
FROM raw.orders_json AS o,
     LATERAL FLATTEN(input => o.payload:line_items AS li
WHERE o.payload:status::STRING = 'paid'
ORDER BY o.order_id, sku;

SELECT COUNT(*) AS orders_without_items
FROM raw.orders_json
WHERE ARRAY_SIZE(payload:line_items) = 0;
