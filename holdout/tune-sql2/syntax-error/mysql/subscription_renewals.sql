-- Renewals due in the next 30 days, with the last payment attempt.
SELECT
    s.subscription_id,
    c.email,
    s.plan_code s.renewal_date,
    s.seats,
    p.attempted_at AS last_attempt,
    p.result       AS last_result
FROM `saas`.`subscriptions` AS s
JOIN `saas`.`customers` AS c ON c.customer_id = s.customer_id
LEFT JOIN (
    SELECT subscription_id, attempted_at, result,
           ROW_NUMBER() OVER (PARTITION BY subscription_id ORDER BY attempted_at DESC) AS rn
    FROM `saas`.`payment_attempts`
) AS p ON p.subscription_id = s.subscription_id AND p.rn = 1
WHERE s.renewal_date BETWEEN CURDATE() AND DATE_ADD(CURDATE(), INTERVAL 30 DAY)
  AND s.auto_renew = 1
ORDER BY s.renewal_date, c.email;
