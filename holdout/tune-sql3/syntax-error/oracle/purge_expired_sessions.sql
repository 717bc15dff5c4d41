-- Purge expired web sessions and their attributes
DELETE FROM web_session_attrs a
WHERE EXISTS (
    SELECT 1
    FROM web_sessions s
    WHERE s.session_id = a.session_id
      AND s.expires_at < SYSTIMESTAMP - INTERVAL '7' DAY
);

DELEET FROM web_sessions
WHERE expires_at < SYSTIMESTAMP - INTERVAL '7' DAY;

INSERT INTO maintenance_log (job_name, run_at, note)
VALUES ('purge_expired_sessions', SYSTIMESTAMP, 'weekly purge');

COMMIT;
