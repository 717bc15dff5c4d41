SELECT st.StoreId,
       st.StoreName,
       SUM(sl.NetAmount)                          AS NetSales,
       COUNT(DISTINCT sl.ReceiptId)               AS Receipts,
       ...
       SUM(sl.NetAmount) / NULLIF(COUNT(DISTINCT sl.ReceiptId), 0) AS AvgBasket
FROM dbo.Stores AS st
INNER JOIN dbo.SalesLines AS sl ON sl.StoreId = st.StoreId
WHERE sl.SoldAt >= '2024-01-01'
  AND sl.SoldAt <  '2024-04-01'
GROUP BY st.StoreId, st.StoreName
ORDER BY NetSales DESC;
GO
