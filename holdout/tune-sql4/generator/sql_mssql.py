from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("top_customers_ytd", "B",
   "stray word in ORDER BY: 'TotalDue DESC then CustomerName' (line {line})",
   ("ORDER BY TotalDue DESC then CustomerName", "ORDER BY TotalDue DESC, CustomerName"),
   r"""
-- Top 25 customers by year-to-date sales, ties included
DECLARE @YearStart date = DATEFROMPARTS(YEAR(GETDATE()), 1, 1);

SELECT TOP (25) WITH TIES
    c.CustomerID,
    c.CustomerName,
    c.Region,
    COUNT(o.OrderID)   AS Orders,
    SUM(o.TotalDue)    AS TotalDue
FROM Sales.Customers AS c
JOIN Sales.Orders AS o
    ON o.CustomerID = c.CustomerID
WHERE o.OrderDate >= @YearStart
  AND o.Status <> N'Cancelled'
GROUP BY c.CustomerID, c.CustomerName, c.Region
ORDER BY TotalDue DESC then CustomerName;

IF @@ROWCOUNT = 0
    PRINT N'No orders this year yet';
"""),

SE("mark_overdue_invoices_proc", "C",
   "explanatory sentence 'This marks every unpaid invoice past its due date' spliced into the UPDATE between SET and WHERE (line {line})",
   ("    This marks every unpaid invoice past its due date\n", ""),
   r"""
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
"""),

SE("recent_buyers_without_reviews", "E",
   "nested IN subquery closes DATEADD(...) but not the subquery parenthesis (line {line})",
   ("DATEADD(MONTH, -6, GETDATE())\n", "DATEADD(MONTH, -6, GETDATE()))\n"),
   r"""
-- Customers who bought in the last 6 months but never left a review
SELECT
    c.CustomerID,
    c.Email,
    c.FirstName
FROM Sales.Customers AS c
WHERE c.CustomerID IN (
        SELECT o.CustomerID
        FROM Sales.Orders AS o
        WHERE o.OrderDate >= DATEADD(MONTH, -6, GETDATE())
  AND NOT EXISTS (
        SELECT 1
        FROM Catalog.Reviews AS r
        WHERE r.CustomerID = c.CustomerID
    )
  AND c.EmailOptIn = 1
ORDER BY c.CustomerID;
"""),

SE("adjust_stock_after_count", "H",
   "missing operand in UPDATE SET: 'Quantity = ,' (line {line})",
   ("SET Quantity = ,", "SET Quantity = sc.CountedQuantity,"),
   r"""
-- Apply the results of the cycle count to the stock table
BEGIN TRANSACTION;

UPDATE s
SET Quantity = ,
    LastCountedAt = sc.CountedAt,
    ModifiedAt = SYSUTCDATETIME()
FROM Inventory.Stock AS s
JOIN Inventory.StockCounts AS sc
    ON sc.ProductID = s.ProductID
   AND sc.WarehouseID = s.WarehouseID
WHERE sc.CountBatchID = 412
  AND sc.CountedQuantity <> s.Quantity;

INSERT INTO Inventory.StockAdjustments (ProductID, WarehouseID, Delta, Reason)
SELECT sc.ProductID, sc.WarehouseID, sc.CountedQuantity - sc.SystemQuantity, 'cycle count'
FROM Inventory.StockCounts AS sc
WHERE sc.CountBatchID = 412;

COMMIT TRANSACTION;
"""),

SE("create_shipments_table", "K",
   "two consecutive commas in the INCLUDE column list of the covering index (line {line})",
   ("INCLUDE (Carrier,, ShippedAt", "INCLUDE (Carrier, ShippedAt"),
   r"""
IF OBJECT_ID(N'Logistics.Shipments', N'U') IS NOT NULL
    DROP TABLE Logistics.Shipments;
GO

CREATE TABLE Logistics.Shipments
(
    ShipmentID     int IDENTITY(1,1) NOT NULL CONSTRAINT PK_Shipments PRIMARY KEY,
    OrderID        int           NOT NULL,
    Carrier        nvarchar(40)  NOT NULL,
    TrackingNumber nvarchar(64)  NULL,
    ShippedAt      datetime2(0)  NULL,
    DeliveredAt    datetime2(0)  NULL,
    WeightKg       decimal(8,3)  NOT NULL CONSTRAINT DF_Shipments_Weight DEFAULT (0),
    CreatedAt      datetime2(0)  NOT NULL CONSTRAINT DF_Shipments_Created DEFAULT (SYSUTCDATETIME())
);
GO

CREATE INDEX IX_Shipments_OrderID
    ON Logistics.Shipments (OrderID)
    INCLUDE (Carrier,, ShippedAt, DeliveredAt);
GO

CREATE INDEX IX_Shipments_Tracking
    ON Logistics.Shipments (TrackingNumber)
    WHERE TrackingNumber IS NOT NULL;
GO
"""),

SE("customer_tier_classification", "N",
   "searched CASE for CustomerTier has ELSE but no END before the alias (line {line})",
   ("ELSE 'Bronze'\n", "ELSE 'Bronze'\n        END\n"),
   r"""
-- Tier each customer by trailing-12-month spend
WITH spend AS (
    SELECT o.CustomerID, SUM(o.TotalDue) AS Spend12m
    FROM Sales.Orders AS o
    WHERE o.OrderDate >= DATEADD(YEAR, -1, CAST(GETDATE() AS date))
    GROUP BY o.CustomerID
)
SELECT
    c.CustomerID,
    c.CustomerName,
    ISNULL(s.Spend12m, 0) AS Spend12m,
    CASE
        WHEN s.Spend12m >= 50000 THEN 'Platinum'
        WHEN s.Spend12m >= 10000 THEN 'Gold'
        WHEN s.Spend12m >= 1000  THEN 'Silver'
        ELSE 'Bronze'
    AS CustomerTier
FROM Sales.Customers AS c
LEFT JOIN spend AS s ON s.CustomerID = c.CustomerID
ORDER BY Spend12m DESC;
""", loc="    AS CustomerTier"),

SE("weekly_ticket_volume", "M",
   "trailing comma after the last select item before FROM (line {line})",
   ("AS AvgFirstResponseMin,\nFROM", "AS AvgFirstResponseMin\nFROM"),
   r"""
-- Weekly support ticket volume per queue
SELECT
    DATEPART(ISO_WEEK, t.CreatedAt)               AS IsoWeek,
    q.QueueName,
    COUNT(*)                                      AS Tickets,
    SUM(CASE WHEN t.Priority = 1 THEN 1 ELSE 0 END) AS Urgent,
    AVG(DATEDIFF(MINUTE, t.CreatedAt, t.FirstResponseAt)) AS AvgFirstResponseMin,
FROM Support.Tickets AS t
JOIN Support.Queues AS q
    ON q.QueueID = t.QueueID
WHERE t.CreatedAt >= DATEADD(WEEK, -12, SYSUTCDATETIME())
GROUP BY DATEPART(ISO_WEEK, t.CreatedAt), q.QueueName
ORDER BY IsoWeek, q.QueueName;
"""),

SE("product_margin_view", "J",
   "dangling AS with no alias before the comma after SUM(ol.LineTotal) (line {line})",
   ("SUM(ol.LineTotal) AS ,", "SUM(ol.LineTotal) AS Revenue,"),
   r"""
CREATE OR ALTER VIEW Reporting.vProductMargin
AS
SELECT
    p.ProductID,
    p.ProductName,
    p.Category,
    SUM(ol.Quantity) AS UnitsSold,
    SUM(ol.LineTotal) AS ,
    SUM(ol.Quantity * p.StandardCost) AS Cost,
    SUM(ol.LineTotal) - SUM(ol.Quantity * p.StandardCost) AS Margin
FROM Catalog.Products AS p
JOIN Sales.OrderLines AS ol
    ON ol.ProductID = p.ProductID
GROUP BY p.ProductID, p.ProductName, p.Category;
GO

GRANT SELECT ON Reporting.vProductMargin TO ReportingReader;
GO
"""),

# ----------------------------------------------------------------- placeholder
PH("shipping_method_labels", "comment",
   "comment-only elision '/* remaining CASE branches unchanged */' replaces WHEN branches of the CASE (line {line})",
   "/* remaining CASE branches unchanged */",
   r"""
CREATE OR ALTER VIEW Logistics.vShipmentLabels
AS
SELECT
    s.ShipmentID,
    s.OrderID,
    CASE s.ShipMethodCode
        WHEN 'STD'  THEN N'Standard (3-5 days)'
        WHEN 'EXP'  THEN N'Express (1-2 days)'
        /* remaining CASE branches unchanged */
        ELSE N'Other'
    END AS ShipMethodLabel,
    s.Carrier,
    s.TrackingNumber
FROM Logistics.Shipments AS s
WHERE s.ShippedAt IS NOT NULL;
GO
"""),

PH("purge_old_sessions_job", "marker",
   "'-- snip --' marker followed by a half DELETE statement with no FROM/WHERE (line {line})",
   "-- snip --",
   r"""
-- Nightly purge of expired web sessions
SET NOCOUNT ON;

DECLARE @Cutoff datetime2(0) = DATEADD(DAY, -30, SYSUTCDATETIME());
DECLARE @Deleted int = 1;

WHILE @Deleted > 0
BEGIN
    DELETE TOP (5000)
    FROM Web.Sessions
    WHERE LastSeenAt < @Cutoff;

    SET @Deleted = @@ROWCOUNT;
END;

-- snip --
DELETE TOP (5000) sd
FROM Web.SessionData AS sd
LEFT JOIN

INSERT INTO Ops.JobLog (JobName, FinishedAt)
VALUES (N'purge_old_sessions', SYSUTCDATETIME());
"""),

PH("price_change_merge", "marker",
   "'...' in the OUTPUT column list stands for omitted columns (line {line})",
   "inserted.ListPrice, ...,",
   r"""
-- Apply the supplier price file to the catalog
DECLARE @Changes TABLE (ProductID int, OldPrice money, NewPrice money, Act nvarchar(10));

MERGE Catalog.Products AS tgt
USING Staging.SupplierPrices AS src
    ON tgt.SupplierSku = src.SupplierSku
WHEN MATCHED AND tgt.ListPrice <> src.ListPrice THEN
    UPDATE SET tgt.ListPrice = src.ListPrice,
               tgt.ModifiedAt = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT (SupplierSku, ProductName, ListPrice)
    VALUES (src.SupplierSku, src.ProductName, src.ListPrice)
OUTPUT inserted.ProductID, deleted.ListPrice, inserted.ListPrice, ..., $action
    INTO @Changes (ProductID, OldPrice, NewPrice, Act);

SELECT Act, COUNT(*) AS Rows
FROM @Changes
GROUP BY Act;
"""),

# ------------------------------------------------------------------- truncated
TR("order_status_lookup_seed", "mid-token",
   "output stops inside the N'Awaiting paym...' string literal of the last VALUES row (line {line})",
   r"""
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
       (N'AWP', N'Awaiting paym"""),

TR("close_fiscal_period_proc", "open-construct",
   "procedure stops inside BEGIN TRY after the UPDATE; END TRY, the CATCH block and END are missing (line {line})",
   r"""
CREATE OR ALTER PROCEDURE Finance.usp_CloseFiscalPeriod
    @PeriodID int
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        INSERT INTO Finance.PeriodBalances (PeriodID, AccountID, Balance)
        SELECT @PeriodID, j.AccountID, SUM(j.Debit - j.Credit)
        FROM Finance.JournalLines AS j
        WHERE j.PeriodID = @PeriodID
        GROUP BY j.AccountID;

        UPDATE Finance.Periods
        SET IsClosed = 1,
            ClosedAt = SYSUTCDATETIME()
        WHERE PeriodID = @PeriodID;
"""),

TR("sync_employee_directory", "incomplete-stmt",
   "final MERGE ends at 'ON tgt.EmployeeID =' with no right-hand side and no semicolon (line {line})",
   r"""
-- Refresh the employee directory from the HR export
TRUNCATE TABLE Staging.HrEmployees;

INSERT INTO Staging.HrEmployees (EmployeeID, FullName, Department, Email)
SELECT EmployeeID, FullName, Department, Email
FROM HrExport.dbo.Employees
WHERE IsActive = 1;

UPDATE Staging.HrEmployees
SET Email = LOWER(LTRIM(RTRIM(Email)));

MERGE Directory.Employees AS tgt
USING Staging.HrEmployees AS src
    ON tgt.EmployeeID =
"""),

# ----------------------------------------------------------------------- clean
CL("usp_post_payment",
   "valid: GO-separated batches without semicolons, procedure with TRY/CATCH, XACT_STATE, RAISERROR; comments with 'Note:' and '...'",
   r"""
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
"""),

CL("latest_order_per_customer_apply",
   "valid: CROSS APPLY / OUTER APPLY with TOP (1), STRING_AGG ... WITHIN GROUP, bracketed identifiers with spaces",
   r"""
-- Latest order and most recent note per customer.
-- TODO: switch to the [Customer Notes] view once it is published.
SELECT
    c.CustomerID,
    c.[Customer Name],
    lo.OrderID,
    lo.OrderDate,
    lo.TotalDue,
    n.NoteText,
    tags.TagList
FROM Sales.Customers AS c
CROSS APPLY (
    SELECT TOP (1) o.OrderID, o.OrderDate, o.TotalDue
    FROM Sales.Orders AS o
    WHERE o.CustomerID = c.CustomerID
    ORDER BY o.OrderDate DESC, o.OrderID DESC
) AS lo
OUTER APPLY (
    SELECT TOP (1) cn.NoteText
    FROM CRM.[Customer Notes] AS cn
    WHERE cn.CustomerID = c.CustomerID
    ORDER BY cn.CreatedAt DESC
) AS n
OUTER APPLY (
    SELECT STRING_AGG(t.Tag, N', ') WITHIN GROUP (ORDER BY t.Tag) AS TagList
    FROM CRM.CustomerTags AS t
    WHERE t.CustomerID = c.CustomerID
) AS tags
WHERE c.IsActive = 1;"""),

CL("merge_product_catalog_output",
   "valid: MERGE with WHEN NOT MATCHED BY SOURCE and OUTPUT $action INTO a table variable, terminated by semicolon",
   r"""
-- Sync catalog from staging. Rows missing from the feed are soft-deleted.
-- Note: unchanged rows are skipped by the AND (...) condition on WHEN MATCHED.
SET NOCOUNT ON;

DECLARE @Audit TABLE
(
    ActionTaken nvarchar(10),
    ProductID   int,
    Sku         nvarchar(40)
);

MERGE Catalog.Products WITH (HOLDLOCK) AS tgt
USING (
    SELECT Sku, ProductName, ListPrice, Category
    FROM Staging.CatalogFeed
    WHERE FeedDate = CAST(GETDATE() AS date)
) AS src
    ON tgt.Sku = src.Sku
WHEN MATCHED AND (tgt.ListPrice <> src.ListPrice OR tgt.ProductName <> src.ProductName) THEN
    UPDATE SET ProductName = src.ProductName,
               ListPrice   = src.ListPrice,
               ModifiedAt  = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT (Sku, ProductName, ListPrice, Category)
    VALUES (src.Sku, src.ProductName, src.ListPrice, src.Category)
WHEN NOT MATCHED BY SOURCE AND tgt.IsDeleted = 0 THEN
    UPDATE SET IsDeleted = 1, ModifiedAt = SYSUTCDATETIME()
OUTPUT $action, inserted.ProductID, inserted.Sku INTO @Audit (ActionTaken, ProductID, Sku);

SELECT ActionTaken, COUNT(*) AS ChangedRows
FROM @Audit
GROUP BY ActionTaken;
"""),

CL("create_orders_table_with_history",
   "valid: temporal table with PERIOD FOR SYSTEM_TIME, computed column, filtered index, sys.extended_properties call; string 'rest of ...'",
   r"""
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
GO"""),

CL("daily_sales_pivot",
   "valid: PIVOT over weekday names with bracketed columns, DATENAME, temp table and SELECT INTO",
   r"""
-- Daily sales pivoted by weekday for the last 8 weeks.
-- Note: column list is unchanged from the Excel version of this report.
IF OBJECT_ID('tempdb..#Sales') IS NOT NULL DROP TABLE #Sales;

SELECT
    DATEPART(ISO_WEEK, o.OrderDate) AS IsoWeek,
    DATENAME(WEEKDAY, o.OrderDate)  AS DayName,
    o.TotalDue
INTO #Sales
FROM Sales.Orders AS o
WHERE o.OrderDate >= DATEADD(WEEK, -8, CAST(GETDATE() AS date));

SELECT IsoWeek, [Monday], [Tuesday], [Wednesday], [Thursday], [Friday], [Saturday], [Sunday]
FROM #Sales
PIVOT (
    SUM(TotalDue) FOR DayName IN ([Monday], [Tuesday], [Wednesday], [Thursday], [Friday], [Saturday], [Sunday])
) AS p
ORDER BY IsoWeek;

DROP TABLE #Sales;
"""),
]
