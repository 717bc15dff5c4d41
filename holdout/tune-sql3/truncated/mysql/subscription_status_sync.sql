-- Sync subscription status from the billing provider snapshot
UPDATE subscriptions s
JOIN billing_snapshot b ON b.external_id = s.external_id
SET s.status = b.status,
    s.current_period_end = b.period_end
WHERE b.snapshot_date = CURDATE();

UPDATE subscriptions
SET status = 'expired'
WHERE current_period_end < NOW() - INTERVAL 7 DAY
  AND status = 'past_due';

UPDATE subscriptions s
LEFT JOIN billing_snapshot b ON b.external_id = s.external_id
SET s.status =
