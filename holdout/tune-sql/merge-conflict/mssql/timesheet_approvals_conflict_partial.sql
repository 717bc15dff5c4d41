BEGIN TRANSACTION;

UPDATE t
SET t.[ApprovedBy] = m.[ManagerId],
    t.[ApprovedAt] = SYSUTCDATETIME()
FROM [hr].[Timesheet] AS t
JOIN [hr].[Employee] AS e ON e.[EmployeeId] = t.[EmployeeId]
JOIN [hr].[Manager] AS m ON m.[ManagerId] = e.[ManagerId]
=======
WHERE t.[Status] = N'Submitted'
  AND t.[WeekEnding] <= DATEADD(DAY, -7, CAST(GETDATE() AS DATE));
>>>>>>> release/2026.12

COMMIT TRANSACTION;

SELECT COUNT(*) AS [Approved] FROM [hr].[Timesheet] WHERE [ApprovedAt] >= CAST(GETDATE() AS DATE);
