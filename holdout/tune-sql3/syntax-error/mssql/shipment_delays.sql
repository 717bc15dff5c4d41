-- Shipments delivered later than promised, by carrier
WITH Late AS (
    SELECT
        sh.ShipmentId,
        sh.CarrierId,
        DATEDIFF(DAY, sh.PromisedAt, sh.DeliveredAt) AS DaysLate
    FROM dbo.Shipments AS sh
    WHERE sh.DeliveredAt > sh.PromisedAt
)
SELECT
    c.CarrierName,
    COUNT(*) AS LateShipments,
    AVG(CAST(l.DaysLate AS decimal(6, 2))) AS AvgDaysLate
FROM Late AS l
JOIN dbo.Carriers AS c ON c.CarrierId = l.CarrierId
GROUP BY GROUP BY c.CarrierName
ORDER BY LateShipments DESC;

SELECT TOP (20) ShipmentId, CarrierId, DeliveredAt
FROM dbo.Shipments
WHERE DeliveredAt IS NULL
ORDER BY PromisedAt;
