CREATE OR ALTER PROCEDURE [gl].[usp_PostJournalBatch]
    @BatchId INT,
    @PostedBy NVARCHAR(128)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        IF EXISTS (SELECT 1 FROM [gl].[JournalLine] WHERE [BatchId] = @BatchId
                   GROUP BY [BatchId] HAVING SUM([Debit]) <> SUM([Credit]))
            THROW 50001, N'Batch is not balanced.', 1;

        UPDATE [gl].[JournalBatch]
        SET [Status] = N'Posted',
            [PostedBy] = @PostedBy,
            [PostedAt] = SYSUTCDATETIME()
        WHERE [BatchId] = @BatchId;

        INSERT INTO [gl].[LedgerBalance] ([AccountId], [Period], [Amount])
        SELECT [AccountId], [Period], SUM([Debit] - [Credit])
        FROM [gl].[JournalLine]
        WHERE [BatchId] = @BatchId
        GROUP BY [AccountId], [Period];

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;
