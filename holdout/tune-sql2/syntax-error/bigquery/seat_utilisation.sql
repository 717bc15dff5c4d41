SELECT
  a.account_id,
  a.plan_name,
  a.seats_purchased,
  COUNT(DISTINCT u.user_id) AS seats_active,
  CASE
    WHEN COUNT(DISTINCT u.user_id) = 0 'dormant'
    WHEN COUNT(DISTINCT u.user_id) < a.seats_purchased * 0.5 THEN 'under-used'
    WHEN COUNT(DISTINCT u.user_id) > a.seats_purchased THEN 'over-seat'
    ELSE 'healthy'
  END AS utilisation
FROM `acme-saas.billing.accounts` AS a
LEFT JOIN `acme-saas.core.user_activity` AS u
  ON u.account_id = a.account_id
 AND u.active_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY)
GROUP BY a.account_id, a.plan_name, a.seats_purchased
ORDER BY utilisation, a.account_id;
