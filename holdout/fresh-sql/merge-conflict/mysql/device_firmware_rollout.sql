-- Devices eligible for firmware 4.2 rollout
SELECT d.`device_id`,
       d.`model`,
       d.`firmware_version`,
       d.`last_seen_at`
FROM `iot`.`devices` d
WHERE d.`model` IN ('TH-200', 'TH-210')
  AND d.`firmware_version` < '4.2.0'
<<<<<<< HEAD
  AND d.`last_seen_at` >= NOW() - INTERVAL 1 DAY
=======
  AND d.`last_seen_at` >= NOW() - INTERVAL 3 DAY
  AND d.`battery_pct` >= 30
>>>>>>> feature/x
ORDER BY d.`last_seen_at` DESC
LIMIT 500;
