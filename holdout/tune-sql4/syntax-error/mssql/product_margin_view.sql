CREATE OR ALTER VIEW Reporting.vProductMargin
AS
SELECT
    p.ProductID,
    p.ProductName,
    p.Category,
    SUM(ol.Quantity) AS UnitsSold,
    SUM(ol.LineTotal) AS ,
    SUM(ol.Quantity * p.StandardCost) AS Cost,
    SUM(ol.LineTotal) - SUM(ol.Quantity * p.StandardCost) AS Margin
FROM Catalog.Products AS p
JOIN Sales.OrderLines AS ol
    ON ol.ProductID = p.ProductID
GROUP BY p.ProductID, p.ProductName, p.Category;
GO

GRANT SELECT ON Reporting.vProductMargin TO ReportingReader;
GO
