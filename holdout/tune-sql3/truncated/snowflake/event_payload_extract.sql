-- Extract typed columns from the raw VARIANT payload
CREATE OR REPLACE VIEW analytics.v_checkout_events AS
SELECT
    e.event_id,
    e.received_at,
    e.payload:event_type::STRING AS event_type,
    e.payload:cart.total::NUMBER(12, 2) AS cart_total,
    e.payload:cart.currency::STRING AS currency,
    e.payload:customer.id::STRING AS customer_id,
    TRY_TO_NUMBER(e.payload:customer.lifetime_val