```tsql
CREATE OR ALTER PROCEDURE [maint].[usp_get_open_work_orders]
    @site_id INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT wo.[work_order_id],
           a.[asset_tag],
           wo.[priority],
           wo.[opened_at],
           DATEDIFF(HOUR, wo.[opened_at], SYSUTCDATETIME()) AS [age_hours]
    FROM [maint].[work_orders] AS wo
    JOIN [maint].[assets] AS a ON a.[asset_id] = wo.[asset_id]
    WHERE a.[site_id] = @site_id
      AND wo.[status] IN ('open', 'in_progress')
    ORDER BY wo.[priority], wo.[opened_at];
END;
GO
```
