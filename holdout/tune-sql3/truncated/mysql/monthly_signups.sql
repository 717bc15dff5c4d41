-- Monthly signups by acquisition channel
-- Excludes internal test accounts (flagged via is_internal)
SET @report_tz = '+00:00';

SELECT
    DATE_FORMAT(u.created_at, '%Y-%m') AS signup_month,
    COALESCE(u.utm_source, 'direct') AS channel,
    COUNT(*) AS signups,
    SUM(u.email_verified) AS verified
FROM users u
WHERE u.is_internal = 0
  AND u.created_at >= '2024-0