CREATE OR REPLACE PROCEDURE billing.core.close_period(period_start DATE, period_end DATE)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    closed_rows INTEGER DEFAULT 0;
BEGIN
    -- Here is where the period gets locked; the rest of the pipeline is unchanged.
    UPDATE billing.core.invoices
       SET status = 'closed',
           closed_at = CURRENT_TIMESTAMP()
     WHERE issued_on BETWEEN :period_start AND :period_end
       AND status = 'final';
    closed_rows := SQLROWCOUNT;

    INSERT INTO billing.core.period_log (period_start, period_end, closed_rows, note)
    VALUES (:period_start, :period_end, :closed_rows, 'TODO ... reconcile credits');

    RETURN 'closed ' || closed_rows || ' invoices';
EXCEPTION
    WHEN OTHER THEN
        RETURN 'failed: ' || SQLERRM;
END;
$$;

CALL billing.core.close_period('2026-10-01'::DATE, '2026-10-31'::DATE);
