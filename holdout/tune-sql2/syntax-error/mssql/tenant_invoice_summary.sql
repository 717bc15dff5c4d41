DECLARE @MonthStart DATE = DATEFROMPARTS(YEAR(GETDATE()), MONTH(GETDATE()), 1);

SELECT
    t.[TenantName],
    COUNT(i.[InvoiceId])               AS Invoices,
    SUM(i.[Total])                     AS Billed,
    SUM(CASE WHEN i.[PaidAt] IS NULL THEN i.[Total] ELSE 0 END) AS Outstanding,
    MAX(i.[IssuedAt])                  AS LastIssued,
FROM [billing].[Invoices] AS i
JOIN [saas].[Tenants] AS t ON t.[TenantId] = i.[TenantId]
WHERE i.[IssuedAt] >= @MonthStart
GROUP BY t.[TenantName]
HAVING SUM(i.[Total]) > 0
ORDER BY Billed DESC;
GO
