-- Hourly bed occupancy snapshot per unit
SET NOCOUNT ON;

DECLARE @snapshot_at DATETIME2(0) = SYSUTCDATETIME();

INSERT INTO [clinical].[bed_occupancy_snapshots] ([unit_id], [snapshot_at], [beds_total], [beds_occupied])
SELECT u.[unit_id],
       @snapshot_at,
       COUNT(b.[bed_id]),
       SUM(CASE WHEN s.[stay_id] IS NOT NULL THEN 1 ELSE 0 END)
FROM [clinical].[units] AS u
JOIN [clinical].[beds] AS b ON b.[unit_id] = u.[unit_id]
LEFT JOIN [clinical].[stays] AS s
       ON s.[bed_id] = b.[bed_id]
      AND s.[discharged_at] IS NULL
WHERE b.[is_staffed] = 1
GROUP BY u.[unit_id];

SELECT u.[unit_name],
       o.[beds_occupied] * 100.0 / NULLIF(o.[beds_total], 0) AS [occupancy_pct]
FROM [clinical].[bed_occupancy_snapshots] AS o
JOIN [clinical].[units] AS u ON u.[unit_id] = o.[unit_id]
WHERE o.[snapshot_at] = @snaps