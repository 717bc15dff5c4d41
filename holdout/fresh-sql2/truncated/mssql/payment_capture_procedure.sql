CREATE OR ALTER PROCEDURE dbo.usp_CapturePayment
    @PaymentId BIGINT,
    @Amount    DECIMAL(12, 2)
AS
BEGIN
    SET NOCOUNT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        UPDATE dbo.Payments
        SET Status = N'captured',
            CapturedAmount = @Amount,
            CapturedAt = SYSUTCDATETIME()
        WHERE PaymentId = @PaymentId
          AND Status = N'authorized';

        IF @@ROWCOUNT = 0
        BEGIN
