-- Backfill the channel column for tickets imported from the old helpdesk.
UPDATE support.tickets t
JOIN support.legacy_tickets l ON l.legacy_id = t.legacy_id
SET t.channel = CASE l.source
                    WHEN 'mail' THEN 'email'
                    WHEN 'tel'  THEN 'phone'
                    ELSE 'web'
                END
WHERE t.channel IS NULL
  AND l.source <> 'email;

UPDATE support.tickets
SET priority = 'high'
WHERE channel = 'phone'
  AND created_at >= '2026-11-01';

SELECT channel, COUNT(*) AS n
FROM support.tickets
GROUP BY channel;
