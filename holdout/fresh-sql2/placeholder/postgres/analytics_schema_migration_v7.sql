BEGIN;

ALTER TABLE page_views ADD COLUMN IF NOT EXISTS referrer_host text;
ALTER TABLE page_views ADD COLUMN IF NOT EXISTS utm_campaign text;

UPDATE page_views
SET referrer_host = substring(referrer FROM '^https?://([^/]+)')
WHERE referrer_host IS NULL
  AND referrer IS NOT NULL;

...

CREATE INDEX IF NOT EXISTS page_views_campaign_idx
    ON page_views (utm_campaign)
    WHERE utm_campaign IS NOT NULL;

COMMIT;
