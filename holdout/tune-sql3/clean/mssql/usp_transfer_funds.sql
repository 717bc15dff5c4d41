-- ============================================
-- Note: GO separates batches; CREATE OR ALTER must be first in its batch.
-- ============================================
IF OBJECT_ID(N'[dbo].[TransferLog]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[TransferLog] (
        [TransferId] int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
        [FromAccount] int NOT NULL,
        [ToAccount] int NOT NULL,
        [Amount] decimal(18, 2) NOT NULL,
        [CreatedAt] datetime2(3) NOT NULL DEFAULT SYSUTCDATETIME()
    );
END;
GO

CREATE OR ALTER PROCEDURE [dbo].[usp_TransferFunds]
    @From int,
    @To int,
    @Amount decimal(18, 2)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;
    BEGIN TRY
        BEGIN TRANSACTION;
        UPDATE [dbo].[Accounts] SET [Balance] = [Balance] - @Amount WHERE [AccountId] = @From;
        UPDATE [dbo].[Accounts] SET [Balance] = [Balance] + @Amount WHERE [AccountId] = @To;
        INSERT INTO [dbo].[TransferLog] ([FromAccount], [ToAccount], [Amount])
        VALUES (@From, @To, @Amount);
        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        -- rest of the error handling is left to the caller
        THROW;
    END CATCH;
END;
GO

EXEC [dbo].[usp_TransferFunds] @From = 1, @To = 2, @Amount = 25.00;
GO
