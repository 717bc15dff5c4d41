CREATE OR ALTER VIEW Logistics.vShipmentLabels
AS
SELECT
    s.ShipmentID,
    s.OrderID,
    CASE s.ShipMethodCode
        WHEN 'STD'  THEN N'Standard (3-5 days)'
        WHEN 'EXP'  THEN N'Express (1-2 days)'
        /* remaining CASE branches unchanged */
        ELSE N'Other'
    END AS ShipMethodLabel,
    s.Carrier,
    s.TrackingNumber
FROM Logistics.Shipments AS s
WHERE s.ShippedAt IS NOT NULL;
GO
