Here's a T-SQL query that finds likely duplicate customers by normalised e-mail address:

```sql
WITH normalised AS (
    SELECT CustomerId,
           Name,
           LOWER(LTRIM(RTRIM(Email))) AS EmailKey,
           CreatedAt
    FROM dbo.Customers
)
SELECT EmailKey,
       COUNT(*)                                   AS Copies,
       MIN(CreatedAt)                             AS FirstSeen,
       STRING_AGG(CAST(CustomerId AS NVARCHAR(20)), N',') AS CustomerIds
FROM normalised
GROUP BY EmailKey
HAVING COUNT(*) > 1
ORDER BY Copies DESC;
GO
```

**How it works:** the CTE trims and lower-cases each address so that `Ann@Example.com ` and `ann@example.com` fall into the same group. You could extend this with a `SOUNDEX` comparison on names if you want fuzzier matching — just let me know!
