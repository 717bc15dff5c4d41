ALTER TABLE dbo.Orders
    ADD CreatedBy  NVARCHAR(128) NOT NULL CONSTRAINT DF_Orders_CreatedBy DEFAULT (SUSER_SNAME()),
        CreatedAt  DATETIME2(3)  NOT NULL CONSTRAINT DF_Orders_CreatedAt DEFAULT (SYSUTCDATETIME()),
        ModifiedBy NVARCHAR(128) NULL,
        ModifiedAt DATETIME2(3)  NULL;
GO

-- TODO: same ALTER for OrderLines, Invoices and Payments
GO

CREATE OR ALTER TRIGGER dbo.trg_Orders_Modified
ON dbo.Orders
AFTER UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE o
    SET ModifiedBy = SUSER_SNAME(),
        ModifiedAt = SYSUTCDATETIME()
    FROM dbo.Orders AS o
    INNER JOIN inserted AS i ON i.OrderId = o.OrderId;
END;
GO
