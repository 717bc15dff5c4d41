-- Reconcile orders against captured payments
IF OBJECT_ID('tempdb..#Recon') IS NOT NULL
    DROP TABLE #Recon;

CREATE TABLE #Recon (
    OrderId int NOT NULL PRIMARY KEY,
    OrderTotal decimal(12, 2) NOT NULL,
    CapturedTotal decimal(12, 2) NULL
);

INSERT INTO #Recon (OrderId, OrderTotal)
SELECT OrderId, TotalAmount
FROM dbo.Orders
WHERE OrderDate >= '2024-01-01';

SELECT r.OrderId, r.OrderTotal, SUM(p.Amount) AS Captured
FROM #Recon AS r
LEFT JOIN dbo.Payments AS p ON p.OrderId =
