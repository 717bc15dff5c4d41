-- Picks per labour hour by warehouse and shift
SELECT w.warehouse_code,
       p.shift
       COUNT(*) AS picks,
       SUM(TIMESTAMP_DIFF(p.completed_at, p.started_at, SECOND)) / 3600 AS labour_hours,
       SAFE_DIVIDE(COUNT(*), SUM(TIMESTAMP_DIFF(p.completed_at, p.started_at, SECOND)) / 3600) AS picks_per_hour
FROM `acme-logistics.wms.picks` AS p
JOIN `acme-logistics.wms.warehouses` AS w USING (warehouse_id)
WHERE DATE(p.completed_at) = DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY)
GROUP BY w.warehouse_code, p.shift
ORDER BY picks_per_hour DESC;
