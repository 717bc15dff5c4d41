CREATE OR REPLACE FUNCTION transfer_funds(
    p_from_account bigint,
    p_to_account   bigint,
    p_amount       numeric
) RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_balance numeric;
    v_tx_id   bigint;
BEGIN
    IF p_amount <= 0 THEN
        RAISE EXCEPTION 'amount must be positive, got %', p_amount;
    END IF;

    -- Lock both rows in a consistent order to avoid deadlocks.
    PERFORM 1 FROM accounts
    WHERE id IN (p_from_account, p_to_account)
    ORDER BY id
    FOR UPDATE;

    SELECT balance INTO v_balance FROM accounts WHERE id = p_from_account;
    IF v_balance IS NULL THEN
        RAISE EXCEPTION 'account % not found', p_from_account;
    ELSIF v_balance < p_amount THEN
        RAISE EXCEPTION 'insufficient funds: balance %, requested %', v_balance, p_amount;
    END IF;

    UPDATE accounts SET balance = balance - p_amount WHERE id = p_from_account;
    UPDATE accounts SET balance = balance + p_amount WHERE id = p_to_account;

    INSERT INTO transfers (from_account, to_account, amount)
    VALUES (p_from_account, p_to_account, p_amount)
    RETURNING id INTO v_tx_id;

    RETURN v_tx_id;
END;
$$;
