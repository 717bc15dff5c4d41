-- Move audit rows older than 400 days to the archive table in 5,000-row batches.
DECLARE @BatchSize INT = 5000;
DECLARE @Cutoff DATETIME2(0) = DATEADD(DAY, -400, SYSUTCDATETIME());
DECLARE @Moved INT = 1;
DECLARE @Total INT = 0;

WHILE @Moved > 0
BEGIN
    BEGIN TRY
        BEGIN TRANSACTION;

        DELETE TOP (@BatchSize) a
        OUTPUT deleted.[AuditId], deleted.[TableName], deleted.[Action],
               deleted.[Payload], deleted.[CreatedAt]
            INTO [archive].[AuditLog] ([AuditId], [TableName], [Action], [Payload], [CreatedAt])
        FROM [dbo].[AuditLog] AS a
        WHERE a.[CreatedAt] < @Cutoff;

        SET @Moved = @@ROWCOUNT;
        SET @Total += @Moved;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        DECLARE @Msg NVARCHAR(2048) = ERROR_MESSAGE();
        RAISERROR (N'Archive batch failed: %s', 16, 1, @Msg);
        BREAK;
    END CATCH;

    WAITFOR DELAY '00:00:01';
END;

PRINT CONCAT(N'Rows archived: ', @Total);
GO
