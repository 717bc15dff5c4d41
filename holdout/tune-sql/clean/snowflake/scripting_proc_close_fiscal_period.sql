-- Close a fiscal period. Note: the rest of the close checklist lives in Confluence.
CREATE OR REPLACE PROCEDURE FINANCE.PUBLIC.CLOSE_PERIOD(PERIOD_ID VARCHAR)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    open_items INTEGER DEFAULT 0;
    msg VARCHAR;
BEGIN
    SELECT COUNT(*) INTO :open_items
    FROM FINANCE.PUBLIC.JOURNAL
    WHERE period_id = :PERIOD_ID AND status = 'draft';

    IF (open_items > 0) THEN
        msg := 'Period ' || PERIOD_ID || ' has ' || open_items || ' draft entries';
        RETURN msg;
    END IF;

    UPDATE FINANCE.PUBLIC.PERIODS
       SET status = 'closed', closed_at = CURRENT_TIMESTAMP()
     WHERE period_id = :PERIOD_ID;

    RETURN 'closed ' || PERIOD_ID;
EXCEPTION
    WHEN OTHER THEN
        RETURN 'failed: ' || SQLERRM;
END;
$$;

CALL FINANCE.PUBLIC.CLOSE_PERIOD('2026-11');
