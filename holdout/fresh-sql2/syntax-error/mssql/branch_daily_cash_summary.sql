SELECT b.BranchCode,
       CAST(t.PostedAt AS DATE)                          AS BusinessDay,
       SUM(CASE WHEN t.Amount > 0 THEN t.Amount ELSE 0 END) AS Deposits,
       SUM(CASE WHEN t.Amount < 0 THEN -t.Amount ELSE 0 END) AS Withdrawals,
       COUNT(*)                                          AS Transactions,
FROM dbo.CashTransactions AS t
INNER JOIN dbo.Branches AS b ON b.BranchId = t.BranchId
WHERE t.PostedAt >= DATEADD(DAY, -7, CAST(GETDATE() AS DATE))
GROUP BY b.BranchCode, CAST(t.PostedAt AS DATE)
ORDER BY BusinessDay DESC, b.BranchCode;
GO
