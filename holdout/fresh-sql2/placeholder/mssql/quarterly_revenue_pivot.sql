SELECT Region,
       [Q1], [Q2], [Q3], [Q4]
FROM (
    SELECT Region,
           CONCAT(N'Q', DATEPART(QUARTER, InvoiceDate)) AS Qtr,
           Amount
    FROM dbo.Invoices
    WHERE YEAR(InvoiceDate) = 2024
) AS src
PIVOT (
    SUM(Amount) FOR Qtr IN ([Q1], [Q2], [Q3], [Q4])
) AS p
ORDER BY Region;

-- Prior-year comparison:
-- (repeat the query above with YEAR(InvoiceDate) = 2023,
--  then join the two result sets on Region)
GO
