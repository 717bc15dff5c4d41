-- Note: Snowflake Scripting; the body is a $$-delimited block.
CREATE OR REPLACE PROCEDURE etl.sp_load_orders(batch_id VARCHAR)
RETURNS VARIANT
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    loaded INTEGER DEFAULT 0;
    load_failed EXCEPTION (-20001, 'no rows loaded');
BEGIN
    LET rs RESULTSET := (SELECT file_name FROM etl.pending_files WHERE batch_id = :batch_id);
    LET c_files CURSOR FOR rs;
    FOR f IN c_files DO
        LET fname VARCHAR := f.file_name;
        INSERT INTO etl.orders_raw (batch_id, file_name, loaded_at)
        SELECT :batch_id, :fname, CURRENT_TIMESTAMP();
        loaded := loaded + SQLROWCOUNT;
    END FOR;
    -- TODO in the next sprint: add per-file retry; the rest of the flow is unchanged
    IF (loaded = 0) THEN
        RAISE load_failed;
    END IF;
    RETURN OBJECT_CONSTRUCT('batch', batch_id, 'rows', loaded);
EXCEPTION
    WHEN load_failed THEN
        RETURN OBJECT_CONSTRUCT('batch', batch_id, 'error', SQLERRM);
END;
$$;

CALL etl.sp_load_orders('2024-03-15-a');
