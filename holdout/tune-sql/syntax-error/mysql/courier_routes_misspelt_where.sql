-- Deliveries still unassigned for tomorrow's routes
SELECT d.`id`,
       d.`postcode`,
       d.`weight_kg`,
       z.`zone_name`
FROM `deliveries` d
JOIN `postcode_zones` z ON z.`postcode_prefix` = LEFT(d.`postcode`, 3)
WHRE d.`scheduled_date` = CURDATE() + INTERVAL 1 DAY
  AND d.`courier_id` IS NULL
ORDER BY z.`zone_name`, d.`weight_kg` DESC;

UPDATE `deliveries`
SET `priority` = 'high'
WHERE `weight_kg` > 25 AND `courier_id` IS NULL;
