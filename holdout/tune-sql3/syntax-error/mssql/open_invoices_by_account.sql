-- Open invoices per account with the latest payment date
SELECT
    a.AccountId,
    a.AccountName,
    COUNT(i.InvoiceId) AS OpenInvoices,
    SUM(i.AmountDue) AS TotalDue,
    MAX(p.PaidAt) AS LastPaymentAt
FROM dbo.Accounts AS a
INNER JOIN dbo.Invoices AS i
LEFT JOIN dbo.Payments AS p
    ON p.InvoiceId = i.InvoiceId
WHERE i.Status = N'Open'
  AND i.DueDate < DATEADD(DAY, 30, CAST(GETDATE() AS date))
GROUP BY a.AccountId, a.AccountName
HAVING SUM(i.AmountDue) > 0
ORDER BY TotalDue DESC;

SELECT COUNT(*) AS AccountsWithoutInvoices
FROM dbo.Accounts AS a
WHERE NOT EXISTS (SELECT 1 FROM dbo.Invoices AS i WHERE i.AccountId = a.AccountId);
