-- Settle a pending wallet transfer atomically.
-- The rest of the ledger rules live in finance.post_entry(); this only moves balances.
CREATE OR REPLACE FUNCTION finance.settle_transfer(p_transfer_id bigint)
RETURNS text
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_from   bigint;
    v_to     bigint;
    v_amount numeric(18,2);
BEGIN
    SELECT from_wallet, to_wallet, amount
      INTO v_from, v_to, v_amount
      FROM finance.transfers
     WHERE transfer_id = p_transfer_id
       AND status = 'pending'
       FOR UPDATE;

    IF NOT FOUND THEN
        RETURN 'skipped';
    END IF;

    UPDATE finance.wallets SET balance = balance - v_amount WHERE wallet_id = v_from;
    UPDATE finance.wallets SET balance = balance + v_amount WHERE wallet_id = v_to;

    UPDATE finance.transfers
       SET status = 'settled', settled_at = clock_timestamp()
     WHERE transfer_id = p_transfer_id;

    RETURN 'settled';
EXCEPTION
    WHEN check_violation THEN
        UPDATE finance.transfers SET status = 'rejected' WHERE transfer_id = p_transfer_id;
        RETURN format('rejected: %s', SQLERRM);
END;
$fn$;
