-- Daily sales pivoted by weekday for the last 8 weeks.
-- Note: column list is unchanged from the Excel version of this report.
IF OBJECT_ID('tempdb..#Sales') IS NOT NULL DROP TABLE #Sales;

SELECT
    DATEPART(ISO_WEEK, o.OrderDate) AS IsoWeek,
    DATENAME(WEEKDAY, o.OrderDate)  AS DayName,
    o.TotalDue
INTO #Sales
FROM Sales.Orders AS o
WHERE o.OrderDate >= DATEADD(WEEK, -8, CAST(GETDATE() AS date));

SELECT IsoWeek, [Monday], [Tuesday], [Wednesday], [Thursday], [Friday], [Saturday], [Sunday]
FROM #Sales
PIVOT (
    SUM(TotalDue) FOR DayName IN ([Monday], [Tuesday], [Wednesday], [Thursday], [Friday], [Saturday], [Sunday])
) AS p
ORDER BY IsoWeek;

DROP TABLE #Sales;
