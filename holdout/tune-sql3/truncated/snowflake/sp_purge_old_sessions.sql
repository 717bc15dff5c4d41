CREATE OR REPLACE PROCEDURE ops.sp_purge_old_sessions(retention_days INTEGER)
RETURNS VARCHAR
LANGUAGE SQL
AS
$$
DECLARE
    cutoff TIMESTAMP_NTZ;
    purged INTEGER DEFAULT 0;
BEGIN
    cutoff := DATEADD('day', -1 * retention_days, CURRENT_TIMESTAMP());

    DELETE FROM raw.sessions WHERE ended_at < :cutoff;
    purged := SQLROWCOUNT;

    IF (purged > 0) THEN
        INSERT INTO ops.purge_log (table_name, rows_purged, purged_at)
        VALUES ('raw.sessions', :purged, CURRENT_TIMESTAMP());
