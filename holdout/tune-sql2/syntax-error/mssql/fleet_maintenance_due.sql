-- Vehicles due for service within 500 km or 14 days.
;WITH last_service AS (
    SELECT [VehicleId], MAX([ServicedAt]) AS LastServicedAt, MAX([OdometerKm]) AS LastOdo
    FROM [fleet].[ServiceLog]
    GROUP BY [VehicleId]
)
SELECT v.[Plate],
       v.[Model],
       t.[OdometerKm] - ls.[LastOdo]            AS KmSinceService,
       DATEDIFF(DAY, ls.[LastServicedAt], GETDATE()) AS DaysSinceService
FROM FROM [fleet].[Vehicles] AS v
JOIN last_service AS ls ON ls.[VehicleId] = v.[VehicleId]
CROSS APPLY (
    SELECT TOP (1) [OdometerKm]
    FROM [fleet].[Telemetry] AS tm
    WHERE tm.[VehicleId] = v.[VehicleId]
    ORDER BY tm.[RecordedAt] DESC
) AS t
WHERE t.[OdometerKm] - ls.[LastOdo] > v.[ServiceIntervalKm] - 500
   OR DATEDIFF(DAY, ls.[LastServicedAt], GETDATE()) > 166;
