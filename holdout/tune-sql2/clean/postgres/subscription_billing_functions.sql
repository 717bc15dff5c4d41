-- Here is the billing helper. Note: rest of the schema is unchanged.
CREATE OR REPLACE FUNCTION billing.prorate(
    p_amount numeric,
    p_start  date,
    p_end    date,
    p_days_in_period integer DEFAULT 30
) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT
AS $fn$
DECLARE
    v_days integer := GREATEST((p_end - p_start), 0);
BEGIN
    -- TODO: switch to calendar-month proration ... later
    RETURN round(p_amount * v_days / p_days_in_period, 2);
END;
$fn$;

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT id, amount, period_start, period_end FROM billing.pending_changes LOOP
        UPDATE billing.invoice_lines
           SET prorated = billing.prorate(r.amount, r.period_start, r.period_end)
         WHERE change_id = r.id;
    END LOOP;
    RAISE NOTICE 'prorated % ... done', now();
END
$$;
