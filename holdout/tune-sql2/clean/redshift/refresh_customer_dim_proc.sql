CREATE OR REPLACE PROCEDURE crm.sp_refresh_customer_dim(p_since TIMESTAMP)
AS $$
DECLARE
    v_rows INTEGER := 0;
BEGIN
    -- Note: SCD1 only; history lives in crm.customer_dim_hist (unchanged).
    DELETE FROM crm.customer_dim
    USING crm.customer_changes ch
    WHERE crm.customer_dim.customer_id = ch.customer_id
      AND ch.changed_at >= p_since;

    INSERT INTO crm.customer_dim (customer_id, full_name, email, segment, refreshed_at)
    SELECT ch.customer_id, ch.full_name, LOWER(ch.email),
           NVL(ch.segment, 'unassigned'), GETDATE()
    FROM crm.customer_changes ch
    WHERE ch.changed_at >= p_since;

    GET DIAGNOSTICS v_rows := ROW_COUNT;
    RAISE INFO 'refreshed % rows ... done', v_rows;
EXCEPTION
    WHEN OTHERS THEN
        RAISE EXCEPTION 'refresh failed: %', SQLERRM;
END;
$$ LANGUAGE plpgsql;

CALL crm.sp_refresh_customer_dim(DATEADD(day, -1, GETDATE()))