-- Lifecycle stage per subscription for the CS dashboard
SELECT
    s.subscription_id,
    s.account_id,
    s.plan_code,
    s.started_at,
    s.cancelled_at,
    CASE
        WHEN s.cancelled_at IS NOT NULL THEN 'churned'
        WHEN s.trial_ends_at > CURRENT_TIMESTAMP() THEN 'trial'
        WHEN DATEDIFF(day, s.started_at, CURRENT_DATE()) < 30 THEN 'onboarding'
        ELSE 'active' AS lifecycle_stage,
    s.mrr_usd
FROM billing.core.subscriptions s
WHERE s.is_internal = FALSE
ORDER BY s.started_at DESC;
