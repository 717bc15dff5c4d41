CREATE OR ALTER PROCEDURE dbo.usp_ClosePeriod
    @PeriodId int
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        UPDATE dbo.Periods
        SET Status = 'Closed', ClosedAt = SYSUTCDATETIME()
        WHERE PeriodId = @PeriodId;

        INSERT INTO dbo.PeriodBalances (PeriodId, AccountId, Balance)
        SELECT @PeriodId, AccountId, SUM(Amount)
        FROM dbo.Journal
        WHERE PeriodId = @PeriodId
        GROUP BY AccountId;

