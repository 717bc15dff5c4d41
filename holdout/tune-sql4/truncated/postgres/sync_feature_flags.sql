-- Sync feature flags from the config file import
CREATE TEMP TABLE flag_import (key text PRIMARY KEY, enabled boolean, rollout_pct int);

INSERT INTO flag_import VALUES
    ('new_checkout', true, 25),
    ('dark_mode', true, 100),
    ('legacy_reports', false, 0);

DELETE FROM config.feature_flags f
WHERE NOT EXISTS (SELECT 1 FROM flag_import i WHERE i.key = f.key);

INSERT INTO config.feature_flags (key, enabled, rollout_pct, updated_at)
SELECT key, enabled, rollout_pct, now() FROM flag_import
ON CONFLICT (key) DO UPDATE
SET enabled = EXCLUDED.enabled, rollout_pct = EXCLUDED.rollout_pct, updated_at = now()
WHERE
