-- Here is the payment posting procedure.
-- Note: batches are separated by GO and statements are not terminated ...
IF OBJECT_ID(N'Billing.usp_PostPayment', N'P') IS NOT NULL
    DROP PROCEDURE Billing.usp_PostPayment
GO

CREATE PROCEDURE Billing.usp_PostPayment
    @InvoiceID int,
    @Amount    decimal(12, 2),
    @PaidAt    datetime2(0) = NULL
AS
BEGIN
    SET NOCOUNT ON
    SET @PaidAt = ISNULL(@PaidAt, SYSUTCDATETIME())

    BEGIN TRY
        BEGIN TRANSACTION

        INSERT INTO Billing.Payments (InvoiceID, Amount, PaidAt)
        VALUES (@InvoiceID, @Amount, @PaidAt)

        UPDATE Billing.Invoices
        SET AmountPaid = AmountPaid + @Amount,
            Status = CASE WHEN AmountPaid + @Amount >= AmountDue THEN 'Paid' ELSE 'Partial' END
        WHERE InvoiceID = @InvoiceID

        COMMIT TRANSACTION
    END TRY
    BEGIN CATCH
        IF XACT_STATE() <> 0
            ROLLBACK TRANSACTION

        DECLARE @Msg nvarchar(2048) = ERROR_MESSAGE()
        RAISERROR (@Msg, 16, 1)
    END CATCH
END
GO

GRANT EXECUTE ON Billing.usp_PostPayment TO BillingApp
GO
