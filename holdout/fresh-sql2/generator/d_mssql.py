from corpus import E

D = "mssql"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "hr_staff_schema_tsql", r"""
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'dbo.Staff', N'U') IS NOT NULL
    DROP TABLE dbo.Staff;
GO

CREATE TABLE dbo.Staff
(
    StaffId      INT IDENTITY(1, 1) NOT NULL,
    FirstName    NVARCHAR(100)      NOT NULL,
    LastName     NVARCHAR(100)      NOT NULL,
    Email        NVARCHAR(256)      NOT NULL,
    DepartmentId INT                NULL,
    Salary       DECIMAL(12, 2)     NOT NULL CONSTRAINT CK_Staff_Salary CHECK (Salary > 0),
    HiredOn      DATE               NOT NULL,
    IsActive     BIT                NOT NULL CONSTRAINT DF_Staff_IsActive DEFAULT (1),
    CreatedAt    DATETIME2(3)       NOT NULL CONSTRAINT DF_Staff_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_Staff PRIMARY KEY CLUSTERED (StaffId),
    CONSTRAINT UQ_Staff_Email UNIQUE (Email)
);
GO

CREATE NONCLUSTERED INDEX IX_Staff_Department
    ON dbo.Staff (DepartmentId, LastName)
    INCLUDE (Email)
    WHERE IsActive = 1;
GO

INSERT INTO dbo.Staff (FirstName, LastName, Email, DepartmentId, Salary, HiredOn)
VALUES (N'Ada',   N'Lovelace', N'ada@example.com',   10, 98000.00, '2021-04-01'),
       (N'Grace', N'Hopper',   N'grace@example.com', 20, 105000.00, '2019-09-15');
GO

SELECT StaffId, CONCAT(FirstName, N' ', LastName) AS FullName, DATEDIFF(YEAR, HiredOn, GETDATE()) AS Years
FROM dbo.Staff
WHERE IsActive = 1
ORDER BY LastName;
GO
""", "clean: GO batches, SET options, IF OBJECT_ID guard, IDENTITY, named constraints, filtered index with INCLUDE, N'' literals"),

E("clean", "order_totals_procedure", r"""
CREATE OR ALTER PROCEDURE dbo.usp_RecalculateOrderTotals
    @FromDate DATE,
    @ToDate   DATE,
    @Rows     INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF @ToDate < @FromDate
    BEGIN
        THROW 50001, N'@ToDate must not be earlier than @FromDate.', 1;
    END;

    BEGIN TRY
        BEGIN TRANSACTION;

        UPDATE o
        SET    o.TotalAmount = x.LineTotal,
               o.UpdatedAt   = SYSUTCDATETIME()
        FROM   dbo.Orders AS o
        INNER JOIN (
            SELECT OrderId, SUM(Quantity * UnitPrice) AS LineTotal
            FROM dbo.OrderLines
            GROUP BY OrderId
        ) AS x ON x.OrderId = o.OrderId
        WHERE  o.OrderDate >= @FromDate
          AND  o.OrderDate <  DATEADD(DAY, 1, @ToDate);

        SET @Rows = @@ROWCOUNT;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH;
END;
GO

DECLARE @n INT;
EXEC dbo.usp_RecalculateOrderTotals @FromDate = '2024-01-01', @ToDate = '2024-01-31', @Rows = @n OUTPUT;
PRINT CONCAT(N'Orders updated: ', @n);
GO
""", "clean: CREATE OR ALTER PROCEDURE, OUTPUT parameter, TRY/CATCH with THROW, UPDATE ... FROM join, @@ROWCOUNT, EXEC",
   sqlglot_gap="CREATE PROCEDURE body with TRY/CATCH not understood (rejected or opaque Command)"),

E("clean", "customer_master_merge", r"""
DECLARE @Changes TABLE
(
    ChangeType NVARCHAR(10),
    CustomerId INT
);

MERGE dbo.Customers WITH (HOLDLOCK) AS tgt
USING staging.CustomerFeed AS src
    ON tgt.CustomerId = src.CustomerId
WHEN MATCHED AND (tgt.Email <> src.Email OR tgt.Name <> src.Name) THEN
    UPDATE SET tgt.Email = src.Email,
               tgt.Name  = src.Name,
               tgt.ModifiedAt = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT (CustomerId, Name, Email, ModifiedAt)
    VALUES (src.CustomerId, src.Name, src.Email, SYSUTCDATETIME())
WHEN NOT MATCHED BY SOURCE AND tgt.IsManual = 0 THEN
    DELETE
OUTPUT $action, COALESCE(inserted.CustomerId, deleted.CustomerId)
    INTO @Changes (ChangeType, CustomerId);

SELECT ChangeType, COUNT(*) AS Customers
FROM @Changes
GROUP BY ChangeType;

-- The feed is truncated after every successful load; rows not sent
-- in the feed are kept unless they were created by the import.
TRUNCATE TABLE staging.CustomerFeed;
""", "clean: MERGE with HOLDLOCK hint, NOT MATCHED BY SOURCE, OUTPUT $action INTO table variable, comment mentioning truncation",
   sqlglot_gap="MERGE ... OUTPUT $action INTO not understood"),

E("clean", "regional_top_sellers_report", r"""
WITH ranked AS (
    SELECT s.Region,
           p.ProductName,
           SUM(s.Quantity * s.UnitPrice)                         AS Revenue,
           ROW_NUMBER() OVER (PARTITION BY s.Region
                              ORDER BY SUM(s.Quantity * s.UnitPrice) DESC) AS rn
    FROM dbo.Sales AS s
    INNER JOIN dbo.Products AS p ON p.ProductId = s.ProductId
    WHERE s.SoldAt >= DATEADD(MONTH, -3, CAST(GETDATE() AS DATE))
    GROUP BY s.Region, p.ProductName
)
SELECT Region,
       STRING_AGG(CONCAT(ProductName, N' (', FORMAT(Revenue, N'N0'), N')'), N', ')
           WITHIN GROUP (ORDER BY rn) AS TopProducts
FROM ranked
WHERE rn <= 3
GROUP BY Region
ORDER BY Region;

SELECT TOP (10) WITH TIES
       c.CustomerId,
       c.Name,
       last_order.OrderDate,
       last_order.TotalAmount
FROM dbo.Customers AS c
CROSS APPLY (
    SELECT TOP (1) o.OrderDate, o.TotalAmount
    FROM dbo.Orders AS o
    WHERE o.CustomerId = c.CustomerId
    ORDER BY o.OrderDate DESC
) AS last_order
ORDER BY last_order.TotalAmount DESC;

SELECT OrderId, OrderDate, TotalAmount
FROM dbo.Orders
ORDER BY OrderDate DESC
OFFSET 20 ROWS FETCH NEXT 20 ROWS ONLY;
""", "clean: STRING_AGG WITHIN GROUP, TOP WITH TIES, CROSS APPLY, OFFSET/FETCH"),

E("clean", "contract_prices_temporal_table", r"""
CREATE TABLE dbo.ContractPrices
(
    ContractId  INT            NOT NULL PRIMARY KEY CLUSTERED,
    CustomerId  INT            NOT NULL,
    UnitPrice   DECIMAL(10, 4) NOT NULL,
    Currency    CHAR(3)        NOT NULL,
    ValidFrom   DATETIME2 GENERATED ALWAYS AS ROW START HIDDEN NOT NULL,
    ValidTo     DATETIME2 GENERATED ALWAYS AS ROW END   HIDDEN NOT NULL,
    PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)
)
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.ContractPricesHistory));
GO

UPDATE dbo.ContractPrices
SET UnitPrice = UnitPrice * 1.035
WHERE Currency = 'EUR';
GO

-- Price list as it was on the first of the year.
SELECT ContractId, CustomerId, UnitPrice, Currency
FROM dbo.ContractPrices
    FOR SYSTEM_TIME AS OF '2024-01-01T00:00:00'
ORDER BY ContractId;

-- Every version of one contract, oldest first.
SELECT ContractId, UnitPrice, ValidFrom, ValidTo
FROM dbo.ContractPrices
    FOR SYSTEM_TIME ALL
WHERE ContractId = 42
ORDER BY ValidFrom;
GO
""", "clean: system-versioned temporal table, HIDDEN period columns, FOR SYSTEM_TIME AS OF / ALL",
   sqlglot_gap="temporal table DDL / FOR SYSTEM_TIME not fully understood"),

E("clean", "calendar_dimension_load", r"""
SET NOCOUNT ON;
SET DATEFIRST 1;
GO

IF OBJECT_ID(N'dbo.DimDate', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.DimDate
    (
        DateKey     INT      NOT NULL PRIMARY KEY,
        [Date]      DATE     NOT NULL,
        [Year]      SMALLINT NOT NULL,
        [Quarter]   TINYINT  NOT NULL,
        [Month]     TINYINT  NOT NULL,
        IsoWeek     TINYINT  NOT NULL,
        IsWeekend   BIT      NOT NULL
    );
END;
GO

PRINT N'Loading calendar rows...';

DECLARE @d DATE = '2024-01-01';
DECLARE @end DATE = '2025-12-31';

WHILE @d <= @end
BEGIN
    INSERT INTO dbo.DimDate (DateKey, [Date], [Year], [Quarter], [Month], IsoWeek, IsWeekend)
    VALUES (CONVERT(INT, CONVERT(CHAR(8), @d, 112)),
            @d,
            YEAR(@d),
            DATEPART(QUARTER, @d),
            MONTH(@d),
            DATEPART(ISO_WEEK, @d),
            CASE WHEN DATEPART(WEEKDAY, @d) IN (6, 7) THEN 1 ELSE 0 END);

    SET @d = DATEADD(DAY, 1, @d);
END;

-- Same as above for the fiscal calendar is handled in a separate view.
PRINT N'Done.';
GO
""", "clean: SET DATEFIRST, IF ... BEGIN CREATE TABLE END, bracketed identifiers, WHILE loop, PRINT with '...' in a literal, 'Same as above' comment",
   sqlglot_gap="WHILE loop / IF ... BEGIN ... END blocks not fully understood"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "vendor_contacts_table", r"""
IF OBJECT_ID(N'dbo.VendorContacts', N'U') IS NOT NULL
    DROP TABLE dbo.VendorContacts;
GO

CREATE TABLE dbo.VendorContacts
(
    ContactId   INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    VendorId    INT                NOT NULL,
    FullName    NVARCHAR(200)      NOT NULL,
    Email       NVARCHAR(256)      NOT NULL
    Phone       NVARCHAR(32)       NULL,
    IsPrimary   BIT                NOT NULL DEFAULT (0),
    CreatedAt   DATETIME2(0)       NOT NULL DEFAULT (SYSUTCDATETIME())
);
GO

CREATE INDEX IX_VendorContacts_Vendor ON dbo.VendorContacts (VendorId);
GO
""", "syntax-error: missing comma after a column definition", at="Email       NVARCHAR(256)      NOT NULL"),

E("syntax-error", "shipment_status_history_insert", r"""
DECLARE @ShipmentId INT = 1842;
DECLARE @Status NVARCHAR(20) = N'in_transit';

BEGIN TRANSACTION;

UPDATE dbo.Shipments
SET Status = @Status,
    UpdatedAt = SYSUTCDATETIME()
WHERE ShipmentId = @ShipmentId;

INSRET INTO dbo.ShipmentStatusHistory (ShipmentId, Status, ChangedAt)
VALUES (@ShipmentId, @Status, SYSUTCDATETIME());

COMMIT TRANSACTION;
GO

SELECT TOP (5) ShipmentId, Status, ChangedAt
FROM dbo.ShipmentStatusHistory
ORDER BY ChangedAt DESC;
GO
""", "syntax-error: INSERT misspelt as INSRET", at="INSRET INTO"),

E("syntax-error", "branch_daily_cash_summary", r"""
SELECT b.BranchCode,
       CAST(t.PostedAt AS DATE)                          AS BusinessDay,
       SUM(CASE WHEN t.Amount > 0 THEN t.Amount ELSE 0 END) AS Deposits,
       SUM(CASE WHEN t.Amount < 0 THEN -t.Amount ELSE 0 END) AS Withdrawals,
       COUNT(*)                                          AS Transactions,
FROM dbo.CashTransactions AS t
INNER JOIN dbo.Branches AS b ON b.BranchId = t.BranchId
WHERE t.PostedAt >= DATEADD(DAY, -7, CAST(GETDATE() AS DATE))
GROUP BY b.BranchCode, CAST(t.PostedAt AS DATE)
ORDER BY BusinessDay DESC, b.BranchCode;
GO
""", "syntax-error: trailing comma before FROM", at="AS Transactions,"),

E("syntax-error", "insurance_claims_open_by_adjuster", r"""
SELECT a.AdjusterId,
       a.FullName,
       COUNT(c.ClaimId)                     AS OpenClaims,
       AVG(DATEDIFF(DAY, c.ReportedOn, GETDATE())) AS AvgAgeDays
FROM dbo.Adjusters AS a
LEFT JOIN dbo.Claims AS c
    ON ON c.AdjusterId = a.AdjusterId
   AND c.Status IN (N'open', N'review')
GROUP BY a.AdjusterId, a.FullName
HAVING COUNT(c.ClaimId) > 0
ORDER BY OpenClaims DESC;
GO
""", "syntax-error: doubled ON keyword in the join condition", at="ON ON c.AdjusterId"),

E("syntax-error", "invoice_tax_calculation_batch", r"""
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
""", "syntax-error: missing operand in arithmetic expression (@Subtotal + * @TaxRate)", at="@Subtotal + * @TaxRate"),

E("syntax-error", "product_review_moderation", r"""
UPDATE dbo.ProductReviews
SET Status = N'hidden',
    ModeratedAt = SYSUTCDATETIME()
WHERE Body LIKE N'%http%'
   OR Body LIKE N'%free money%;

UPDATE dbo.ProductReviews
SET Status = N'approved',
    ModeratedAt = SYSUTCDATETIME()
WHERE Status = N'pending'
  AND Rating BETWEEN 1 AND 5
  AND LEN(Body) >= 20;

SELECT Status, COUNT(*) AS Reviews
FROM dbo.ProductReviews
GROUP BY Status;
GO
""", "syntax-error: unclosed N'...' string literal in the first UPDATE", at="N'%free money%;"),

# ---------------------------------------------------------------- truncated
E("truncated", "payment_capture_procedure", r"""
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
""", "truncated: stops at a line end inside nested BEGIN blocks of the procedure"),

E("truncated", "web_sessions_last_30_days", r"""
-- Daily session stats per device for the dashboard tile.
SET NOCOUNT ON;

DECLARE @Days INT = 30;

SELECT CAST(s.StartedAt AS DATE)            AS SessionDay,
       s.DeviceType,
       COUNT(*)                              AS Sessions,
       COUNT(DISTINCT s.VisitorId)           AS Visitors,
       AVG(DATEDIFF(SECOND, s.StartedAt, s.EndedAt)) AS AvgSeconds
FROM dbo.WebSessions AS s
INNER JOIN dbo.Visitors AS v ON v.VisitorId = s.VisitorId
WHERE v.IsBot = 0
  AND s.StartedAt >= DATEADD(DAY, -@Days, SYSUTCDATET""", "truncated: cut mid-function-name inside DATEADD(, no final newline"),

E("truncated", "supplier_catalog_merge", r"""
MERGE dbo.SupplierCatalog AS tgt
USING (
    SELECT SupplierId, Sku, Description, ListPrice
    FROM staging.SupplierCatalogFeed
    WHERE LoadId = 77
) AS src
    ON tgt.SupplierId = src.SupplierId
   AND tgt.Sku = src.Sku
WHEN MATCHED AND tgt.ListPrice <> src.ListPrice THEN
    UPDATE SET tgt.ListPrice = src.ListPrice,
               tgt.Description = src.Description
WHEN NOT MATCHED BY TARGET THEN
    INSERT (SupplierId, Sku, Description, ListPrice)
""", "truncated: MERGE stops after the INSERT column list, no VALUES and no terminating semicolon"),

E("truncated", "fleet_maintenance_table", r"""
IF OBJECT_ID(N'dbo.MaintenanceJobs', N'U') IS NOT NULL
    DROP TABLE dbo.MaintenanceJobs;
GO

CREATE TABLE dbo.MaintenanceJobs
(
    JobId         INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    VehicleId     INT                NOT NULL,
    JobType       NVARCHAR(40)       NOT NULL,
    ScheduledFor  DATE               NOT NULL,
    CompletedOn   DATE               NULL,
    CostEstimate  DECIMAL(10, 2)     NULL,
""", "truncated: stops at a line end inside the CREATE TABLE column list"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "loan_application_procedure", r"""
CREATE OR ALTER PROCEDURE dbo.usp_SubmitLoanApplication
    @ApplicantId INT,
    @Amount      DECIMAL(12, 2),
    @TermMonths  INT
AS
BEGIN
    SET NOCOUNT ON;

    /* ...existing code... */

    INSERT INTO dbo.LoanApplications (ApplicantId, Amount, TermMonths, Status, SubmittedAt)
    VALUES (@ApplicantId, @Amount, @TermMonths, N'submitted', SYSUTCDATETIME());

    SELECT SCOPE_IDENTITY() AS ApplicationId;
END;
GO
""", "placeholder: /* ...existing code... */ stands for the omitted procedure statements", at="/* ...existing code... */",
   marker="/* ...existing code... */"),

E("placeholder", "store_kpi_select", r"""
SELECT st.StoreId,
       st.StoreName,
       SUM(sl.NetAmount)                          AS NetSales,
       COUNT(DISTINCT sl.ReceiptId)               AS Receipts,
       ...
       SUM(sl.NetAmount) / NULLIF(COUNT(DISTINCT sl.ReceiptId), 0) AS AvgBasket
FROM dbo.Stores AS st
INNER JOIN dbo.SalesLines AS sl ON sl.StoreId = st.StoreId
WHERE sl.SoldAt >= '2024-01-01'
  AND sl.SoldAt <  '2024-04-01'
GROUP BY st.StoreId, st.StoreName
ORDER BY NetSales DESC;
GO
""", "placeholder: bare ... line inside the SELECT list stands for omitted measures", at="       ...", marker="bare ... inside a SELECT list"),

E("placeholder", "quarterly_revenue_pivot", r"""
SELECT Region,
       [Q1], [Q2], [Q3], [Q4]
FROM (
    SELECT Region,
           CONCAT(N'Q', DATEPART(QUARTER, InvoiceDate)) AS Qtr,
           Amount
    FROM dbo.Invoices
    WHERE YEAR(InvoiceDate) = 2024
) AS src
PIVOT (
    SUM(Amount) FOR Qtr IN ([Q1], [Q2], [Q3], [Q4])
) AS p
ORDER BY Region;

-- Prior-year comparison:
-- (repeat the query above with YEAR(InvoiceDate) = 2023,
--  then join the two result sets on Region)
GO
""", "placeholder: multi-line comment stands for the omitted prior-year query and join", at="(repeat the query above with",
   marker="repeat the query above with ..., then join"),

E("placeholder", "audit_columns_alter", r"""
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
""", "placeholder: TODO comment stands for the ALTER statements of three more tables", at="TODO: same ALTER for",
   marker="TODO: same ALTER for <tables>"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "duplicate_customer_finder", r"""
Here's a T-SQL query that finds likely duplicate customers by normalised e-mail address:

```sql
WITH normalised AS (
    SELECT CustomerId,
           Name,
           LOWER(LTRIM(RTRIM(Email))) AS EmailKey,
           CreatedAt
    FROM dbo.Customers
)
SELECT EmailKey,
       COUNT(*)                                   AS Copies,
       MIN(CreatedAt)                             AS FirstSeen,
       STRING_AGG(CAST(CustomerId AS NVARCHAR(20)), N',') AS CustomerIds
FROM normalised
GROUP BY EmailKey
HAVING COUNT(*) > 1
ORDER BY Copies DESC;
GO
```

**How it works:** the CTE trims and lower-cases each address so that `Ann@Example.com ` and `ann@example.com` fall into the same group. You could extend this with a `SOUNDEX` comparison on names if you want fuzzier matching — just let me know!
""", "llm-chatter: intro, markdown fences and bold 'How it works' paragraph outside comments", at="Here's a T-SQL query", outside=True),

E("llm-chatter", "index_fragmentation_check", r"""
-- Great question! Index fragmentation can definitely slow things down.
-- The script below lists indexes over 30% fragmentation in the current
-- database and suggests REBUILD or REORGANIZE for each one.

SELECT OBJECT_SCHEMA_NAME(ips.object_id)          AS SchemaName,
       OBJECT_NAME(ips.object_id)                 AS TableName,
       i.name                                     AS IndexName,
       ips.avg_fragmentation_in_percent           AS FragmentationPct,
       ips.page_count                             AS Pages,
       CASE WHEN ips.avg_fragmentation_in_percent >= 30 THEN N'REBUILD'
            ELSE N'REORGANIZE' END                AS Suggestion
FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, N'LIMITED') AS ips
INNER JOIN sys.indexes AS i
    ON i.object_id = ips.object_id
   AND i.index_id = ips.index_id
WHERE ips.avg_fragmentation_in_percent > 5
  AND ips.page_count > 1000
ORDER BY ips.avg_fragmentation_in_percent DESC;
GO

-- Hope that helps! Let me know if you'd like a version that actually runs
-- the ALTER INDEX statements automatically.
""", "llm-chatter: enthusiastic intro and closing offer kept in comments", at="Great question!", outside=False),
]
