-- Upsert customers from staging (Redshift stored procedure).
-- Note: the staging table is left unchanged; it is truncated by the loader.
CREATE OR REPLACE PROCEDURE dw.sp_merge_customers(p_batch VARCHAR(40))
AS $$
DECLARE
    v_updated INTEGER := 0;
BEGIN
    UPDATE dw.dim_customer
    SET email = s.email,
        segment = s.segment,
        loaded_at = GETDATE()
    FROM staging.customers s
    WHERE dw.dim_customer.customer_id = s.customer_id
      AND s.batch_id = p_batch;
    GET DIAGNOSTICS v_updated := ROW_COUNT;

    INSERT INTO dw.dim_customer (customer_id, email, segment, loaded_at, is_current)
    SELECT s.customer_id, s.email, s.segment, GETDATE(), TRUE
    FROM staging.customers s
    LEFT JOIN dw.dim_customer d ON d.customer_id = s.customer_id
    WHERE d.customer_id IS NULL
      AND s.batch_id = p_batch;

    RAISE INFO 'batch %: % rows updated', p_batch, v_updated;
END;
$$ LANGUAGE plpgsql;

CALL dw.sp_merge_customers('2024-03-14');
