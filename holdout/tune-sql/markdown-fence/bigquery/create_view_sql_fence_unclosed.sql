```sql
CREATE OR REPLACE VIEW `acme-prod.reporting.v_active_subscriptions` AS
SELECT
  s.subscription_id,
  s.customer_id,
  s.plan_id,
  p.monthly_price,
  s.started_at
FROM `acme-prod.billing.subscriptions` AS s
JOIN `acme-prod.billing.plans` AS p USING (plan_id)
WHERE s.cancelled_at IS NULL
  AND s.started_at <= CURRENT_TIMESTAMP();
