-- Here is the event breakdown per order, extracted from the JSON payload column.
-- Columns: order_id, event_type, amount ... one row per array element.
SELECT
    e.`order_id`,
    jt.`event_type`,
    jt.`amount`,
    jt.`occurred_at`,
    e.`payload`->>'$.source' AS `source`,
    ROW_NUMBER() OVER (PARTITION BY e.`order_id` ORDER BY jt.`occurred_at`) AS `seq`
FROM `order_events` AS e
CROSS JOIN JSON_TABLE(
    e.`payload`,
    '$.events[*]' COLUMNS (
        `event_type` VARCHAR(40) PATH '$.type',
        `amount` DECIMAL(12, 2) PATH '$.amount' DEFAULT '0' ON EMPTY,
        `occurred_at` DATETIME PATH '$.ts'
    )
) AS jt
WHERE e.`created_at` >= CURDATE() - INTERVAL 30 DAY
  AND JSON_CONTAINS_PATH(e.`payload`, 'one', '$.events')
ORDER BY e.`order_id`, `seq`;