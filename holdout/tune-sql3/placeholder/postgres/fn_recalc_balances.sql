CREATE OR REPLACE FUNCTION recalc_balances(p_account_id bigint)
RETURNS numeric
LANGUAGE plpgsql
AS $$
DECLARE
    v_balance numeric := 0;
BEGIN
    SELECT coalesce(sum(amount), 0) INTO v_balance
    FROM ledger_entries
    WHERE account_id = p_account_id;

    (rest of function body)

    UPDATE accounts SET balance = v_balance WHERE id = p_account_id;
    RETURN v_balance;
END;
$$;
