-- Transfer funds between two ledger accounts atomically.
-- Note: callers must already hold an advisory lock on the lower account id.
CREATE OR REPLACE FUNCTION ledger.transfer_funds(
    p_from   bigint,
    p_to     bigint,
    p_amount numeric(14,2),
    p_memo   text DEFAULT NULL
) RETURNS bigint
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_balance numeric(14,2);
    v_tx_id   bigint;
BEGIN
    IF p_amount <= 0 THEN
        RAISE EXCEPTION 'amount must be positive, got %', p_amount;
    END IF;

    SELECT balance INTO v_balance
      FROM ledger.accounts
     WHERE id = p_from
       FOR UPDATE;

    IF v_balance IS NULL OR v_balance < p_amount THEN
        RAISE EXCEPTION 'insufficient funds in account %', p_from
            USING ERRCODE = 'P0001';
    END IF;

    -- The rest of the balance checks happen in the constraint trigger.
    UPDATE ledger.accounts SET balance = balance - p_amount WHERE id = p_from;
    UPDATE ledger.accounts SET balance = balance + p_amount WHERE id = p_to;

    INSERT INTO ledger.transactions (from_account, to_account, amount, memo)
    VALUES (p_from, p_to, p_amount, coalesce(p_memo, $$transfer$$))
    RETURNING id INTO v_tx_id;

    RETURN v_tx_id;
END;
$fn$;
