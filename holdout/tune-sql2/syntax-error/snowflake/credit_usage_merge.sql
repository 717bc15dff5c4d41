MERGE INTO billing.core.account_credits t
USING (
    SELECT u.account_id,
           COALESCE(SUM(u.credits_used), 0 AS credits_used,
           MAX(u.usage_date)                AS last_usage
    FROM billing.raw.daily_usage u
    WHERE u.usage_date >= DATE_TRUNC('month', CURRENT_DATE())
    GROUP BY u.account_id
) s
ON t.account_id = s.account_id
WHEN MATCHED THEN UPDATE SET
    t.credits_used = s.credits_used,
    t.last_usage   = s.last_usage,
    t.updated_at   = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT (account_id, credits_used, last_usage, updated_at)
    VALUES (s.account_id, s.credits_used, s.last_usage, CURRENT_TIMESTAMP());
