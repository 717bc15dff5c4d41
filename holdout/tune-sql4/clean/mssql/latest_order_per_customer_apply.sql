-- Latest order and most recent note per customer.
-- TODO: switch to the [Customer Notes] view once it is published.
SELECT
    c.CustomerID,
    c.[Customer Name],
    lo.OrderID,
    lo.OrderDate,
    lo.TotalDue,
    n.NoteText,
    tags.TagList
FROM Sales.Customers AS c
CROSS APPLY (
    SELECT TOP (1) o.OrderID, o.OrderDate, o.TotalDue
    FROM Sales.Orders AS o
    WHERE o.CustomerID = c.CustomerID
    ORDER BY o.OrderDate DESC, o.OrderID DESC
) AS lo
OUTER APPLY (
    SELECT TOP (1) cn.NoteText
    FROM CRM.[Customer Notes] AS cn
    WHERE cn.CustomerID = c.CustomerID
    ORDER BY cn.CreatedAt DESC
) AS n
OUTER APPLY (
    SELECT STRING_AGG(t.Tag, N', ') WITHIN GROUP (ORDER BY t.Tag) AS TagList
    FROM CRM.CustomerTags AS t
    WHERE t.CustomerID = c.CustomerID
) AS tags
WHERE c.IsActive = 1;