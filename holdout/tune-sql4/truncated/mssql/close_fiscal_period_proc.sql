CREATE OR ALTER PROCEDURE Finance.usp_CloseFiscalPeriod
    @PeriodID int
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        INSERT INTO Finance.PeriodBalances (PeriodID, AccountID, Balance)
        SELECT @PeriodID, j.AccountID, SUM(j.Debit - j.Credit)
        FROM Finance.JournalLines AS j
        WHERE j.PeriodID = @PeriodID
        GROUP BY j.AccountID;

        UPDATE Finance.Periods
        SET IsClosed = 1,
            ClosedAt = SYSUTCDATETIME()
        WHERE PeriodID = @PeriodID;
