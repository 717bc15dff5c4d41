SELECT device_id,
       last_seen,
       CASE status_code
         WHEN 0 THEN 'ok'
         WHEN 1 THEN 'degraded'
         /* ... */
         WHEN 9 THEN 'decommissioned'
         ELSE 'unknown'
       END AS status
FROM iot.device_status
WHERE last_seen >= current_timestamp() - INTERVAL 1 DAY
ORDER BY device_id;
