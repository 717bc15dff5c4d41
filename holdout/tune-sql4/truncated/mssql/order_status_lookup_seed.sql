-- Lookup values for order statuses
IF NOT EXISTS (SELECT 1 FROM sys.tables WHERE name = N'OrderStatus')
BEGIN
    CREATE TABLE dbo.OrderStatus
    (
        StatusCode  char(3)       NOT NULL PRIMARY KEY,
        Description nvarchar(100) NOT NULL
    );
END;

INSERT INTO dbo.OrderStatus (StatusCode, Description)
VALUES (N'NEW', N'New order'),
       (N'PRC', N'Processing'),
       (N'SHP', N'Shipped'),
       (N'AWP', N'Awaiting paym