-- Trials that converted to paid within 14 days
WITH trials AS (
    SELECT account_id, MIN(started_at) AS trial_start
    FROM billing.subscriptions
    WHERE plan_tier = 'trial'
    GROUP BY account_id
),
paid AS (
    SELECT account_id, MIN(started_at) AS paid_start
    FROM billing.subscriptions
    WHERE plan_tier IN ('starter', 'growth', 'enterprise')
    GROUP BY account_id
)
SELECT t.account_id, t.trial_start, p.paid_start
FROM trials t
JOIN paid p ON p.account_id = t.account_id
WHERE the p.paid_start <= DATEADD('day', 14, t.trial_start)
ORDER BY t.trial_start;

SELECT COUNT(*) AS trials_total FROM billing.subscriptions WHERE plan_tier = 'trial';
