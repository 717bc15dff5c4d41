-- Here is the updated script with the changes you asked for.
--
-- Changes:
--   1. Soft-deleted subscribers are now excluded.
--   2. The batch size is configurable via the LIMIT.
--   3. Added an index to speed up the lookup.
--
-- Hope this helps! Feel free to ask if anything is unclear.

CREATE INDEX IF NOT EXISTS subscribers_unsub_idx
    ON subscribers (unsubscribed_at)
    WHERE deleted_at IS NULL;

WITH batch AS (
    SELECT subscriber_id
    FROM subscribers
    WHERE unsubscribed_at < now() - interval '90 days'
      AND deleted_at IS NULL
    ORDER BY unsubscribed_at
    LIMIT 5000
    FOR UPDATE SKIP LOCKED
)
UPDATE subscribers s
SET deleted_at = now(),
    email      = 'redacted+' || s.subscriber_id || '@invalid'
FROM batch
WHERE s.subscriber_id = batch.subscriber_id;
