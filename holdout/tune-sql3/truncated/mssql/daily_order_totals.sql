-- Daily order totals for the last 30 days
SET NOCOUNT ON;

SELECT
    CAST(o.OrderDate AS date) AS OrderDay,
    COUNT(*) AS Orders,
    SUM(o.TotalAmount) AS Revenue
FROM dbo.Orders AS o WITH (NOLOCK)
WHERE o.Status <> 'Cancelled'
  AND o.OrderDate >= DATEADD(DAY, -30, CAST(GETDATE() AS date))
GROUP BY CAST(o.OrderDa