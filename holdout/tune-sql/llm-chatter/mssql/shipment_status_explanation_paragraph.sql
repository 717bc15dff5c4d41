UPDATE s
SET s.[Status] = N'Delayed',
    s.[StatusChangedAt] = SYSUTCDATETIME()
OUTPUT inserted.[ShipmentId], deleted.[Status] AS [OldStatus]
FROM [logistics].[Shipment] AS s
WHERE s.[Status] = N'In Transit'
  AND s.[EtaUtc] < DATEADD(HOUR, -6, SYSUTCDATETIME());

This statement marks shipments as delayed when their ETA passed more than six
hours ago, and the OUTPUT clause returns the previous status for each row.

Note: run this in a transaction if you also need to notify customers.

SELECT [Status], COUNT(*) FROM [logistics].[Shipment] GROUP BY [Status];
