-- Subscriptions that should receive the renewal reminder
SELECT
  s.subscription_id,
  s.customer_id,
  s.plan,
  s.renews_on
FROM `acme-prod.billing.subscriptions` AS s
WHERE s.status = 'active'
  AND s.renews_on BETWEEN CURRENT_DATE() AND DATE_ADD(CURRENT_DATE(), INTERVAL 14 DAY)
  -- additional eligibility filters omitted for brevity
  AND s.auto_renew = TRUE
ORDER BY s.renews_on;
