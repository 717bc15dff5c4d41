CREATE OR ALTER PROCEDURE [bi].[usp_BuildMonthlyKpis]
    @Month DATE
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM [bi].[MonthlyKpis] WHERE [Month] = @Month;

    INSERT INTO [bi].[MonthlyKpis] ([Month], [Kpi], [Value])
    SELECT @Month, N'new_customers', COUNT(*)
    FROM [crm].[Customers]
    WHERE [CreatedAt] >= @Month AND [CreatedAt] < DATEADD(MONTH, 1, @Month);

    …

    SELECT [Kpi], [Value] FROM [bi].[MonthlyKpis] WHERE [Month] = @Month;
END
GO
