SET NOCOUNT ON;
GO

SELECT p.[PatientId],
       p.[FullName],
       COUNT(v.[VisitId])            AS Visits,
       MAX(v.[VisitDate])            AS LastVisit,
       SUM(CASE WHEN v.[NoShow] = 1 THEN 1 ELSE 0 END) AS NoShows
FROM [clinic].[Patients] AS p
LEFT JOIN [clinic].[Visits] AS v
    ON v.[PatientId] = p.[PatientId]
   AND v.[VisitDate] >= DATEADD(MONTH, -12, CAST(GETDATE() AS DATE))
WHERE p.[IsActive] = 1
GROUP BY p.[PatientId], p.[FullName]
HAVING COUNT(v.[VisitId]) > 0
ORDER BY NoShows DESC, LastVis