CREATE OR REPLACE FUNCTION apply_coupon(p_order_id BIGINT, p_code TEXT)
RETURNS NUMERIC
LANGUAGE plpgsql
AS $$
DECLARE
    v_coupon   coupons%ROWTYPE;
    v_total    NUMERIC;
    v_discount NUMERIC := 0;
BEGIN
    SELECT * INTO v_coupon FROM coupons WHERE code = upper(p_code) AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown or inactive coupon %', p_code USING ERRCODE = 'P0002';
    END IF;

    SELECT total INTO v_total FROM orders WHERE id = p_order_id FOR UPDATE;

    -- existing logic

    UPDATE orders SET discount = v_discount, total = v_total - v_discount WHERE id = p_order_id;
    RETURN v_total - v_discount;
END;
$$;
