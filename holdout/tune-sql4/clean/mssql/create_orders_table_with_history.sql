CREATE TABLE Sales.OrderHeaders
(
    OrderID      int IDENTITY(1000, 1) NOT NULL,
    CustomerID   int            NOT NULL,
    OrderDate    date           NOT NULL,
    SubTotal     decimal(12, 2) NOT NULL,
    TaxAmt       decimal(12, 2) NOT NULL CONSTRAINT DF_OrderHeaders_Tax DEFAULT (0),
    TotalDue     AS (SubTotal + TaxAmt) PERSISTED,
    Status       varchar(12)    NOT NULL,
    ValidFrom    datetime2(2) GENERATED ALWAYS AS ROW START NOT NULL,
    ValidTo      datetime2(2) GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo),
    CONSTRAINT PK_OrderHeaders PRIMARY KEY CLUSTERED (OrderID)
)
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = Sales.OrderHeadersHistory));
GO

CREATE NONCLUSTERED INDEX IX_OrderHeaders_Open
    ON Sales.OrderHeaders (CustomerID, OrderDate)
    WHERE Status = 'Open';
GO

EXEC sys.sp_addextendedproperty
    @name = N'MS_Description',
    @value = N'Order header; rest of the order lives in Sales.OrderLines',
    @level0type = N'SCHEMA', @level0name = N'Sales',
    @level1type = N'TABLE',  @level1name = N'OrderHeaders';
GO