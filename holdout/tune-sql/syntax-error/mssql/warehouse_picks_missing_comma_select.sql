SELECT pl.[PickListId],
       pl.[WaveId],
       COUNT(*) AS [Lines]
       SUM(pli.[Qty]) AS [Units],
       MAX(pli.[Zone]) AS [LastZone]
FROM [wms].[PickList] AS pl
JOIN [wms].[PickListItem] AS pli ON pli.[PickListId] = pl.[PickListId]
WHERE pl.[Status] = N'Released'
GROUP BY pl.[PickListId], pl.[WaveId]
ORDER BY [Units] DESC;

UPDATE [wms].[Wave]
SET [Status] = N'Picking'
WHERE [Status] = N'Released';
