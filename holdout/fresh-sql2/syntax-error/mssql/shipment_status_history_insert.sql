DECLARE @ShipmentId INT = 1842;
DECLARE @Status NVARCHAR(20) = N'in_transit';

BEGIN TRANSACTION;

UPDATE dbo.Shipments
SET Status = @Status,
    UpdatedAt = SYSUTCDATETIME()
WHERE ShipmentId = @ShipmentId;

INSRET INTO dbo.ShipmentStatusHistory (ShipmentId, Status, ChangedAt)
VALUES (@ShipmentId, @Status, SYSUTCDATETIME());

COMMIT TRANSACTION;
GO

SELECT TOP (5) ShipmentId, Status, ChangedAt
FROM dbo.ShipmentStatusHistory
ORDER BY ChangedAt DESC;
GO
