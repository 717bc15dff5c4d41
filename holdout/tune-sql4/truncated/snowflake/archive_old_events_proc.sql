CREATE OR REPLACE PROCEDURE ops.admin.archive_old_events(days_to_keep INT)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    cutoff TIMESTAMP_NTZ;
    moved  INT DEFAULT 0;
BEGIN
    cutoff := DATEADD(day, -days_to_keep, CURRENT_TIMESTAMP());

    INSERT INTO analytics.archive.events
    SELECT * FROM analytics.raw.events WHERE event_ts < :cutoff;

    LET deleted RESULTSET := (DELETE FROM analytics.raw.events WHERE event_ts < :cutoff);
