CREATE TABLE loyalty_accounts (
    account_id  bigint PRIMARY KEY,
    tier        text NOT NULL DEFAULT 'bronze',
    points      integer NOT NULL DEFAULT 0
);

CREATE OR REPLACE FUNCTION award_points(p_account bigint, p_amount numeric)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_tier   text;
    v_points integer;
BEGIN
    SELECT tier INTO v_tier FROM loyalty_accounts WHERE account_id = p_account FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown account %', p_account;
    END IF;

    v_points := floor(p_amount)::integer;
    IF v_tier = 'gold' THEN
        v_points := v_points * 2;
    ELSIF v_tier = 'silver' THEN
