DECLARE @InvoiceId INT = 5012;
DECLARE @Subtotal DECIMAL(12, 2);
DECLARE @TaxRate  DECIMAL(5, 4) = 0.0825;
DECLARE @Total    DECIMAL(12, 2);

SELECT @Subtotal = SUM(Quantity * UnitPrice)
FROM dbo.InvoiceLines
WHERE InvoiceId = @InvoiceId;

SET @Total = @Subtotal + * @TaxRate;

UPDATE dbo.Invoices
SET Subtotal = @Subtotal,
    Total    = @Total
WHERE InvoiceId = @InvoiceId;
GO
