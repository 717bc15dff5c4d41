UPDATE `deliveries`
SET `status` = 'unassigned'
WHERE `courier_id` IS NULL AND `status` = 'pending';

DELETE FROM `courier_shifts` WHERE `shift_end` < NOW() - INTERVAL 30 DAY;

INSERT INTO `courier_assignments` (`delivery_id`, `courier_id`, `assigned_at`)
SELECT d.`delivery_id`, c.`courier_id`, NOW()
FROM `deliveries` d
JOIN `courier_shifts` c ON c.`zone_id` = d.`zone_id`
WHERE d.`status` = 'unassigned'
  AND c.`shift_start` <= NOW() AND c.`shift_end` > NOW();

SELECT d.`delivery_id`, d.`address`, c.`courier_name`
FROM `deliveries` d
LEFT JOIN `courier_assignments` a ON a.`delivery_id` = d.`delivery_id`
LEFT JOIN `couriers` c
