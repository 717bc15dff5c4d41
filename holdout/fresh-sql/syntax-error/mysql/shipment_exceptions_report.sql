-- Shipments with open exceptions per carrier
SELECT cr.`carrier_code`,
       COUNT(*) AS open_exceptions,
       MIN(e.`raised_at`) AS oldest
FROM `logistics`.`shipment_exceptions` e
JOIN `logistics`.`shipments` s ON s.`id` = e.`shipment_id`
JOIN `logistics`.`carriers` cr ON cr.`id` = s.`carrier_id`
WHERE e.`resolved_at` IS NULL
  AND e.`severity` >= 2
GRUOP BY cr.`carrier_code`
HAVING COUNT(*) > 3
ORDER BY open_exceptions DESC;
