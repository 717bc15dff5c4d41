CREATE OR REPLACE FUNCTION cancel_order(p_order_id bigint, p_reason text)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    v_status text;
BEGIN
    SELECT status INTO v_status FROM orders WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % not found', p_order_id;
    END IF;

    -- (validation identical to create_order)

    UPDATE orders
    SET status = 'canceled', canceled_at = now(), cancel_reason = p_reason
    WHERE id = p_order_id;
END;
$$;
