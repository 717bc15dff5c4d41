CREATE OR REPLACE FUNCTION purge_expired_sessions(batch_size INTEGER DEFAULT 10000)
RETURNS INTEGER
LANGUAGE plpgsql
AS $$
DECLARE
    n INTEGER;
BEGIN
    -- Deletes at most batch_size rows per call; remaining rows are deleted by
    -- the next run of the nightly job.
    DELETE FROM sessions
    WHERE id IN (
        SELECT id FROM sessions
        WHERE expires_at < now()
        LIMIT batch_size
    );
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;
