-- Great question! Index fragmentation can definitely slow things down.
-- The script below lists indexes over 30% fragmentation in the current
-- database and suggests REBUILD or REORGANIZE for each one.

SELECT OBJECT_SCHEMA_NAME(ips.object_id)          AS SchemaName,
       OBJECT_NAME(ips.object_id)                 AS TableName,
       i.name                                     AS IndexName,
       ips.avg_fragmentation_in_percent           AS FragmentationPct,
       ips.page_count                             AS Pages,
       CASE WHEN ips.avg_fragmentation_in_percent >= 30 THEN N'REBUILD'
            ELSE N'REORGANIZE' END                AS Suggestion
FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, N'LIMITED') AS ips
INNER JOIN sys.indexes AS i
    ON i.object_id = ips.object_id
   AND i.index_id = ips.index_id
WHERE ips.avg_fragmentation_in_percent > 5
  AND ips.page_count > 1000
ORDER BY ips.avg_fragmentation_in_percent DESC;
GO

-- Hope that helps! Let me know if you'd like a version that actually runs
-- the ALTER INDEX statements automatically.
