Here is the updated query that counts visits per member for the last 90 days:

SELECT m.`id`,
       CONCAT(m.`first_name`, ' ', m.`last_name`) AS member_name,
       m.`membership_type`,
       COUNT(v.`id`) AS visits_90d,
       MAX(v.`checked_in_at`) AS last_visit
FROM `members` m
LEFT JOIN `visits` v
       ON v.`member_id` = m.`id`
      AND v.`checked_in_at` >= NOW() - INTERVAL 90 DAY
WHERE m.`status` = 'active'
GROUP BY m.`id`, member_name, m.`membership_type`
ORDER BY visits_90d ASC
LIMIT 100;
