DECLARE @Today DATE = CAST(GETDATE() AS DATE);

DELETE FROM [fleet].[MaintenanceDue]
WHERE [GeneratedOn] = @Today;

INSERT INTO [fleet].[MaintenanceDue] ([VehicleId], [Reason], [GeneratedOn])
SELECT v.[VehicleId], N'Odometer', @Today
FROM [fleet].[Vehicle] AS v
WHERE v.[Odometer] - v.[OdometerAtLastService] >= 15000;

INSERT INTO [fleet].[MaintenanceDue] ([VehicleId], [Reason], [GeneratedOn])
SELECT v.[VehicleId], N'Calendar', @Today
FROM [fleet].[Vehicle] AS v
WHERE DATEADD(MONTH, 12, v.[LastServiceDate]) <= @Today;

INSERT INTO [fleet].[MaintenanceDue] ([VehicleId], [Reason], [GeneratedOn])
SELECT v.[VehicleId], N'Inspection', @Today
FROM [fleet].[Vehicle] AS v
WHERE v.[InspectionExpires] <
