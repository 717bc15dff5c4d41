You can use this query to check index fragmentation:

```sql
SELECT OBJECT_SCHEMA_NAME(ips.[object_id]) AS [SchemaName],
       OBJECT_NAME(ips.[object_id]) AS [TableName],
       i.[name] AS [IndexName],
       ips.[avg_fragmentation_in_percent],
       ips.[page_count]
FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') AS ips
JOIN sys.indexes AS i
  ON i.[object_id] = ips.[object_id] AND i.[index_id] = ips.[index_id]
WHERE ips.[avg_fragmentation_in_percent] > 30
  AND ips.[page_count] > 1000
ORDER BY ips.[avg_fragmentation_in_percent] DESC;
```

Rebuild anything above 30% and reorganize between 5% and 30%.
