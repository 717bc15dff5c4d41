-- Seed feature flags for the staging environment
INSERT INTO feature_flags (key, enabled, rollout_pct, description)
VALUES
    ('new_checkout', true, 100, 'Redesigned checkout flow'),
    ('usage_billing', false, 0, 'Metered billing for API calls')
    ('dark_mode', true, 50, 'Dark theme for the dashboard'),
    ('bulk_export', true, 100, 'CSV export of all projects')
ON CONFLICT (key) DO UPDATE
SET enabled = EXCLUDED.enabled,
    rollout_pct = EXCLUDED.rollout_pct;

SELECT key, enabled, rollout_pct FROM feature_flags ORDER BY key;
