CREATE OR ALTER PROCEDURE [saas].[usp_TenantUsageSummary]
    @FromDate DATE,
    @ToDate   DATE = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET @ToDate = ISNULL(@ToDate, CAST(GETDATE() AS DATE));

    IF OBJECT_ID('tempdb..#usage') IS NOT NULL DROP TABLE #usage;

    SELECT u.TenantId,
           SUM(u.ApiCalls)       AS ApiCalls,
           SUM(u.StorageBytes)   AS StorageBytes
    INTO #usage
    FROM saas.DailyUsage AS u WITH (NOLOCK)
    WHERE u.UsageDate BETWEEN @FromDate AND @ToDate
    GROUP BY u.TenantId;

    -- Note: plan limits come from the latest subscription row; rest of the columns unchanged
    SELECT TOP (100)
           t.TenantName,
           x.ApiCalls,
           FORMAT(x.StorageBytes / 1073741824.0, 'N2') AS StorageGb,
           s.PlanCode,
           IIF(x.ApiCalls > s.ApiLimit, N'over limit', N'ok') AS LimitStatus
    FROM #usage AS x
    JOIN saas.Tenants AS t ON t.TenantId = x.TenantId
    CROSS APPLY (
        SELECT TOP (1) sub.PlanCode, sub.ApiLimit
        FROM saas.Subscriptions AS sub
        WHERE sub.TenantId = x.TenantId
        ORDER BY sub.StartedAt DESC
    ) AS s
    ORDER BY x.ApiCalls DESC;
END
GO
