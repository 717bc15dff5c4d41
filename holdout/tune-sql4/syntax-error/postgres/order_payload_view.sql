-- Order payloads for the webhook service
CREATE OR REPLACE VIEW api.v_order_payloads AS
SELECT
    o.id,
    o.customer_id,
    jsonb_build_object('total', o.total_cents, 'currency', o.currency, 'placed_at', o.placed_at) AS meta
    array_agg(i.sku ORDER BY i.line_no) AS skus,
    count(i.*) FILTER (WHERE i.is_gift) AS gift_items
FROM app.orders o
JOIN app.order_items i ON i.order_id = o.id
GROUP BY o.id;

GRANT SELECT ON api.v_order_payloads TO webhook_reader;
