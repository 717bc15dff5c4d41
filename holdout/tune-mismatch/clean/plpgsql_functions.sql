-- Keep updated_at current on every UPDATE.
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- Transfer money between two accounts atomically.
CREATE OR REPLACE FUNCTION transfer(p_from bigint, p_to bigint, p_amount numeric)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_balance numeric;
BEGIN
    IF p_amount <= 0 THEN
        RAISE EXCEPTION 'amount must be positive, got %', p_amount;
    END IF;

    SELECT balance INTO v_balance FROM accounts WHERE id = p_from FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'account % not found', p_from;
    ELSIF v_balance < p_amount THEN
        RAISE EXCEPTION 'insufficient funds: % < %', v_balance, p_amount;
    END IF;

    UPDATE accounts SET balance = balance - p_amount WHERE id = p_from;
    UPDATE accounts SET balance = balance + p_amount WHERE id = p_to;

    INSERT INTO ledger (from_account, to_account, amount, created_at)
    VALUES (p_from, p_to, p_amount, now());
END;
$$;

CREATE TRIGGER accounts_set_updated_at
BEFORE UPDATE ON accounts
FOR EACH ROW EXECUTE FUNCTION set_updated_at();
