SET NOCOUNT ON;
SET DATEFIRST 1;
GO

IF OBJECT_ID(N'dbo.DimDate', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.DimDate
    (
        DateKey     INT      NOT NULL PRIMARY KEY,
        [Date]      DATE     NOT NULL,
        [Year]      SMALLINT NOT NULL,
        [Quarter]   TINYINT  NOT NULL,
        [Month]     TINYINT  NOT NULL,
        IsoWeek     TINYINT  NOT NULL,
        IsWeekend   BIT      NOT NULL
    );
END;
GO

PRINT N'Loading calendar rows...';

DECLARE @d DATE = '2024-01-01';
DECLARE @end DATE = '2025-12-31';

WHILE @d <= @end
BEGIN
    INSERT INTO dbo.DimDate (DateKey, [Date], [Year], [Quarter], [Month], IsoWeek, IsWeekend)
    VALUES (CONVERT(INT, CONVERT(CHAR(8), @d, 112)),
            @d,
            YEAR(@d),
            DATEPART(QUARTER, @d),
            MONTH(@d),
            DATEPART(ISO_WEEK, @d),
            CASE WHEN DATEPART(WEEKDAY, @d) IN (6, 7) THEN 1 ELSE 0 END);

    SET @d = DATEADD(DAY, 1, @d);
END;

-- Same as above for the fiscal calendar is handled in a separate view.
PRINT N'Done.';
GO
