-- Flag accounts with no login for a year
CREATE TEMP TABLE stale AS
SELECT account_id
FROM `acme-analytics.core.accounts`
WHERE last_login_at < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 365 DAY);

INSERT INTO `acme-analytics.ops.account_flags` (account_id, flag, flagged_at)
SELECT account_id, 'stale', CURRENT_TIMESTAMP() FROM stale;

UPDATE `acme-analytics.core.accounts`
SET status = 'dormant'
WHERE account_id IN (SELECT account_id FROM stale)
  AND
