-- Revoke API keys that have not been used for six months
UPDATE auth.api_keys
SET is_active = false,
    revoked_at = now(),
    revoked_reason = 'unused for 180 days',
WHERE is_active
  AND coalesce(last_used_at, created_at) < now() - interval '180 days';

INSERT INTO audit.events (kind, payload, created_at)
SELECT 'api_key_revoked', jsonb_build_object('key_id', id), now()
FROM auth.api_keys
WHERE revoked_at > now() - interval '1 minute';
