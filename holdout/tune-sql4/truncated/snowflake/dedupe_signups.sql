-- Keep the first signup per email address
CREATE OR REPLACE TABLE analytics.staging.signups_dedup AS
SELECT
    signup_id,
    LOWER(TRIM(email)) AS email,
    source,
    created_at
FROM analytics.raw.signups
WHERE email IS NOT NULL
QUALIFY ROW_NUMBER() OVER (
    PARTITION BY LOWER(TRIM(email))
    ORDER BY created_at DE