CREATE OR ALTER VIEW [fleet].[vw_driver_hours]
AS
SELECT d.[driver_id],
       d.[full_name],
       CAST(l.[shift_start] AS DATE) AS [shift_date],
<<<<<<< HEAD
       SUM(DATEDIFF(MINUTE, l.[shift_start], l.[shift_end])) / 60.0 AS [hours_worked]
=======
       SUM(DATEDIFF(MINUTE, l.[shift_start], l.[shift_end]) - l.[break_minutes]) / 60.0 AS [hours_worked],
       SUM(l.[break_minutes]) AS [break_minutes]
>>>>>>> feature/break-tracking
FROM [fleet].[drivers] AS d
JOIN [fleet].[shift_logs] AS l ON l.[driver_id] = d.[driver_id]
GROUP BY d.[driver_id], d.[full_name], CAST(l.[shift_start] AS DATE);
GO
