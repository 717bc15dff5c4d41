CREATE OR ALTER PROCEDURE dbo.usp_MarkOverdueInvoices
    @Today date = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET @Today = COALESCE(@Today, CAST(GETDATE() AS date));

    UPDATE dbo.Invoices
    SET Status = 'Overdue',
        ModifiedAt = SYSUTCDATETIME()
    This marks every unpaid invoice past its due date
    WHERE Status = 'Open'
      AND DueDate < @Today;

    INSERT INTO dbo.InvoiceEvents (InvoiceID, EventType, EventAt)
    SELECT InvoiceID, 'overdue', SYSUTCDATETIME()
    FROM dbo.Invoices
    WHERE Status = 'Overdue'
      AND ModifiedAt >= DATEADD(MINUTE, -1, SYSUTCDATETIME());
END;
GO
