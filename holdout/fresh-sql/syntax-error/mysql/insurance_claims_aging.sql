-- Outstanding claims aged by bucket
SELECT p.`payer_name`,
       SUM(CASE WHEN DATEDIFF(CURDATE(), c.`submitted_on`) <= 30 THEN c.`amount` ELSE 0 END) AS `0_30`,
       SUM(CASE WHEN DATEDIFF(CURDATE(), c.`submitted_on`) BETWEEN 31 AND 60 THEN c.`amount` ELSE 0 END) AS `31_60`,
       SUM(CASE WHEN DATEDIFF(CURDATE(), c.`submitted_on`) > 60 THEN c.`amount` ELSE 0 END) AS `60_plus`
FROM `billing`.`claims` c
JOIN `billing`.`payers` p ON p.`payer_id` = c.`payer_id`
WHERE c.`status` IN ('submitted', 'pending'
  AND c.`submitted_on` >= '2026-01-01'
GROUP BY p.`payer_name`
ORDER BY `60_plus` DESC;
