Sure, here is the T-SQL you asked for:

SELECT p.[PatronId],
       p.[CardNumber],
       COUNT(l.[LoanId]) AS [OverdueItems],
       SUM(DATEDIFF(DAY, l.[DueDate], GETDATE()) * 0.25) AS [FineUsd]
FROM [lib].[Loan] AS l
JOIN [lib].[Patron] AS p ON p.[PatronId] = l.[PatronId]
WHERE l.[ReturnedDate] IS NULL
  AND l.[DueDate] < CAST(GETDATE() AS DATE)
GROUP BY p.[PatronId], p.[CardNumber]
HAVING SUM(DATEDIFF(DAY, l.[DueDate], GETDATE()) * 0.25) > 5.00
ORDER BY [FineUsd] DESC;

Let me know if you'd like this wrapped in a stored procedure!
