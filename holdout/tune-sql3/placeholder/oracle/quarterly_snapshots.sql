-- Quarterly revenue snapshots
INSERT INTO revenue_snapshots (snapshot_quarter, region_id, revenue)
SELECT 'Q1-2024', region_id, SUM(amount)
FROM sales
WHERE sale_date >= DATE '2024-01-01' AND sale_date < DATE '2024-04-01'
GROUP BY region_id;

-- Repeat the INSERT above for each remaining quarter, adjusting the dates.

COMMIT;

SELECT snapshot_quarter, SUM(revenue) FROM revenue_snapshots GROUP BY snapshot_quarter;
