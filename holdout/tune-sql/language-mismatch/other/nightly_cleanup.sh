-- nightly cleanup, run by cron via psql -f
DELETE FROM sessions
WHERE expires_at < now() - interval '1 day';

DELETE FROM password_reset_tokens
WHERE created_at < now() - interval '2 days'
   OR used_at IS NOT NULL;

UPDATE jobs
SET state = 'failed',
    error = 'timed out by nightly cleanup'
WHERE state = 'running'
  AND heartbeat_at < now() - interval '30 minutes';

VACUUM (ANALYZE) sessions;
VACUUM (ANALYZE) jo