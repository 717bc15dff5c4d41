/* Shipments per carrier and month.
   Here is the pivoted view the dispatch team asked for -- months are fixed ... for now. */
WITH base AS (
    SELECT s.CarrierCode,
           DATENAME(MONTH, s.ShippedAt) AS ShipMonth,
           s.ShipmentId
    FROM logistics.Shipments AS s
    WHERE s.ShippedAt >= '2026-01-01' AND s.ShippedAt < '2026-04-01'
)
SELECT p.CarrierCode,
       p.[January], p.[February], p.[March]
FROM base
PIVOT (COUNT(ShipmentId) FOR ShipMonth IN ([January], [February], [March])) AS p
ORDER BY p.CarrierCode;

SELECT c.CarrierCode,
       STRING_AGG(CONVERT(NVARCHAR(20), c.DepotId), N', ') WITHIN GROUP (ORDER BY c.DepotId) AS Depots
FROM logistics.CarrierDepots AS c
GROUP BY c.CarrierCode;
GO