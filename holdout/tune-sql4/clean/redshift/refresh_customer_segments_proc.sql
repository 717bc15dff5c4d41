-- Here is the segment refresh as a stored procedure.
CREATE OR REPLACE PROCEDURE crm.refresh_customer_segments(p_as_of DATE)
AS $$
DECLARE
    rec RECORD;
    v_total INTEGER := 0;
BEGIN
    DELETE FROM crm.customer_segments;

    FOR rec IN SELECT segment_code, min_ltv, max_ltv FROM crm.segment_rules ORDER BY min_ltv LOOP
        INSERT INTO crm.customer_segments (customer_id, segment_code, as_of)
        SELECT customer_id, rec.segment_code, p_as_of
        FROM crm.customer_order_summary
        WHERE lifetime_value >= rec.min_ltv
          AND lifetime_value < rec.max_ltv;
        v_total := v_total + 1;
    END LOOP;

    -- TODO: notify the CRM sync when the count drops sharply
    RAISE INFO 'applied % segment rules as of %', v_total, p_as_of;
EXCEPTION
    WHEN OTHERS THEN
        RAISE EXCEPTION 'segment refresh failed: %', SQLERRM;
END;
$$ LANGUAGE plpgsql;

CALL crm.refresh_customer_segments(CURRENT_DATE);
