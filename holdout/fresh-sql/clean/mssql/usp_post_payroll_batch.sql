-- Post a payroll batch; TRY/CATCH with explicit rollback.
-- Note: "rest" days are paid at the weekend rate per the 2026 agreement.
SET ANSI_NULLS ON;
GO
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE [payroll].[usp_post_batch]
    @batch_id INT
AS
BEGIN
    SET NOCOUNT ON;
    BEGIN TRY
        BEGIN TRANSACTION;

        UPDATE [payroll].[timesheets]
        SET [gross_pay] = [hours] * CASE WHEN [day_type] = 'rest' THEN [rate] * 1.5 ELSE [rate] END
        WHERE [batch_id] = @batch_id;

        INSERT INTO [payroll].[postings] ([batch_id], [employee_id], [amount])
        SELECT [batch_id], [employee_id], SUM([gross_pay])
        FROM [payroll].[timesheets]
        WHERE [batch_id] = @batch_id
        GROUP BY [batch_id], [employee_id];

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH
END;
GO
