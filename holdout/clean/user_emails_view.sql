CREATE OR REPLACE VIEW user_primary_emails AS
SELECT DISTINCT ON (e.user_id)
    e.user_id,
    e.address,
    e.verified_at
FROM user_emails e
WHERE e.verified_at IS NOT NULL
ORDER BY e.user_id, e.is_primary DESC, e.verified_at ASC;

COMMENT ON VIEW user_primary_emails IS
    'One verified email per user; primary addresses win, otherwise the oldest verified one.';