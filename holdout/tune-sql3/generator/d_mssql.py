from corpus import se, ph, tr, lm, cl
D = 'mssql'

# ---------------------------------------------------------------- syntax-error
se(D, 'open_invoices_by_account', """\
-- Open invoices per account with the latest payment date
SELECT
    a.AccountId,
    a.AccountName,
    COUNT(i.InvoiceId) AS OpenInvoices,
    SUM(i.AmountDue) AS TotalDue,
    MAX(p.PaidAt) AS LastPaymentAt
FROM dbo.Accounts AS a
INNER JOIN dbo.Invoices AS i
LEFT JOIN dbo.Payments AS p
    ON p.InvoiceId = i.InvoiceId
WHERE i.Status = N'Open'
  AND i.DueDate < DATEADD(DAY, 30, CAST(GETDATE() AS date))
GROUP BY a.AccountId, a.AccountName
HAVING SUM(i.AmountDue) > 0
ORDER BY TotalDue DESC;

SELECT COUNT(*) AS AccountsWithoutInvoices
FROM dbo.Accounts AS a
WHERE NOT EXISTS (SELECT 1 FROM dbo.Invoices AS i WHERE i.AccountId = a.AccountId);
""", "INNER JOIN without its ON condition (line {line})",
   mark="INNER JOIN dbo.Invoices AS i\nLEFT JOIN", fix="INNER JOIN dbo.Invoices AS i\n    ON i.AccountId = a.AccountId\nLEFT JOIN")

se(D, 'employee_overtime', """\
-- Overtime hours per employee for the current pay period
DECLARE @PeriodStart date = '2024-03-01';
DECLARE @PeriodEnd date = '2024-03-15';

SELECT
    e.EmployeeId,
    e.FullName,
    SUM(t.HoursWorked) AS TotalHours,
    SUM(CASE WHEN t.HoursWorked > 8 THEN t.HoursWorked - 8 ELSE 0 END) AS OvertimeHours
FROM dbo.Employees AS e
JOIN dbo.Timesheets AS t ON t.EmployeeId = e.EmployeeId
WHRE t.WorkDate BETWEEN @PeriodStart AND @PeriodEnd
  AND e.IsActive = 1
GROUP BY e.EmployeeId, e.FullName
HAVING SUM(t.HoursWorked) > 80
ORDER BY OvertimeHours DESC;

INSERT INTO dbo.PayrollFlags (EmployeeId, FlagType, CreatedAt)
SELECT EmployeeId, 'overtime_review', SYSUTCDATETIME()
FROM dbo.Timesheets
WHERE WorkDate BETWEEN @PeriodStart AND @PeriodEnd
GROUP BY EmployeeId
HAVING SUM(HoursWorked) > 100;
""", "misspelt keyword WHRE in place of WHERE (line {line})",
   mark="WHRE t.WorkDate", fix="WHERE t.WorkDate")

se(D, 'vendor_contact_update', """\
SET NOCOUNT ON;

BEGIN TRANSACTION;

UPDATE dbo.Vendors
SET ContactEmail = LOWER(LTRIM(RTRIM(ContactEmail))),
    ModifiedAt = SYSUTCDATETIME()
WHERE ContactEmail IS NOT NULL;

UPDATE v
SET v.Region = N'EMEA',
    v.Notes = N'Moved to EMEA team after the Q2 reorg
FROM dbo.Vendors AS v
JOIN dbo.Countries AS c ON c.CountryCode = v.CountryCode
WHERE c.Continent IN (N'Europe', N'Africa');

INSERT INTO dbo.AuditTrail (TableName, Action, ChangedAt)
VALUES (N'Vendors', N'bulk_update', SYSUTCDATETIME());

COMMIT TRANSACTION;
""", "unterminated N'...' string literal (line {line})",
   mark="Q2 reorg\nFROM", fix="Q2 reorg'\nFROM")

se(D, 'inventory_reorder_check', """\
-- Products below their reorder point in each warehouse
SELECT
    w.WarehouseCode,
    p.Sku,
    p.ProductName,
    s.QuantityOnHand,
    p.ReorderPoint,
    p.ReorderPoint - s.QuantityOnHand AS Shortfall
FROM dbo.StockLevels AS s
JOIN dbo.Products AS p ON p.ProductId = s.ProductId
JOIN dbo.Warehouses AS w ON w.WarehouseId = s.WarehouseId
WHERE s.QuantityOnHand < p.ReorderPoint
  AND p.Discontinued = 0
  AND s.LastCountedAt > AND s.QuantityOnHand >= 0
ORDER BY Shortfall DESC;

UPDATE dbo.Products
SET NeedsReorder = 1
WHERE ProductId IN (
    SELECT s.ProductId
    FROM dbo.StockLevels AS s
    JOIN dbo.Products AS p ON p.ProductId = s.ProductId
    WHERE s.QuantityOnHand < p.ReorderPoint
);
""", "comparison operator '>' with its right operand missing (line {line})",
   mark="s.LastCountedAt > AND", fix="s.LastCountedAt > DATEADD(DAY, -30, GETDATE()) AND")

se(D, 'course_enrollment_export', """\
-- Export enrollments for the LMS sync
SELECT
    e.EnrollmentId,
    s.StudentId s.Email,
    s.GivenName + N' ' + s.FamilyName AS StudentName,
    c.CourseCode,
    c.Title AS CourseTitle,
    e.EnrolledAt,
    e.CompletionPct
FROM dbo.Enrollments AS e
JOIN dbo.Students AS s ON s.StudentId = e.StudentId
JOIN dbo.Courses AS c ON c.CourseId = e.CourseId
WHERE e.EnrolledAt >= DATEADD(MONTH, -6, GETDATE())
ORDER BY e.EnrolledAt;

SELECT c.CourseCode, COUNT(*) AS Enrolled
FROM dbo.Enrollments AS e
JOIN dbo.Courses AS c ON c.CourseId = e.CourseId
GROUP BY c.CourseCode;
""", "missing comma between select items 's.StudentId s.Email' (line {line})",
   mark="s.StudentId s.Email", fix="s.StudentId, s.Email")

se(D, 'shipment_delays', """\
-- Shipments delivered later than promised, by carrier
WITH Late AS (
    SELECT
        sh.ShipmentId,
        sh.CarrierId,
        DATEDIFF(DAY, sh.PromisedAt, sh.DeliveredAt) AS DaysLate
    FROM dbo.Shipments AS sh
    WHERE sh.DeliveredAt > sh.PromisedAt
)
SELECT
    c.CarrierName,
    COUNT(*) AS LateShipments,
    AVG(CAST(l.DaysLate AS decimal(6, 2))) AS AvgDaysLate
FROM Late AS l
JOIN dbo.Carriers AS c ON c.CarrierId = l.CarrierId
GROUP BY GROUP BY c.CarrierName
ORDER BY LateShipments DESC;

SELECT TOP (20) ShipmentId, CarrierId, DeliveredAt
FROM dbo.Shipments
WHERE DeliveredAt IS NULL
ORDER BY PromisedAt;
""", "doubled keyword 'GROUP BY GROUP BY' (line {line})",
   mark="GROUP BY GROUP BY c.CarrierName", fix="GROUP BY c.CarrierName")

# ---------------------------------------------------------------- placeholder
ph(D, 'usp_register_customer', """\
CREATE OR ALTER PROCEDURE dbo.usp_RegisterCustomer
    @Email nvarchar(256),
    @FullName nvarchar(200),
    @CustomerId int OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    IF EXISTS (SELECT 1 FROM dbo.Customers WHERE Email = @Email)
    BEGIN
        THROW 50001, N'Customer already exists.', 1;
    END;

    -- remaining validation checks are the same as in usp_UpdateCustomer

    INSERT INTO dbo.Customers (Email, FullName, CreatedAt)
    VALUES (@Email, @FullName, SYSUTCDATETIME());

    SET @CustomerId = SCOPE_IDENTITY();
END;
GO
""", "comment-only elision of validation logic inside the procedure body (line {line})",
   mark="-- remaining validation checks are the same as in usp_UpdateCustomer", breaks=False)

ph(D, 'merge_product_prices', """\
-- Apply the supplier price file to the product catalog
MERGE dbo.Products AS tgt
USING staging.SupplierPrices AS src
    ON tgt.Sku = src.Sku
WHEN MATCHED AND tgt.ListPrice <> src.ListPrice THEN
    UPDATE SET
        tgt.ListPrice = src.ListPrice,
        tgt.Currency = src.Currency,
        <remaining column assignments>
        tgt.ModifiedAt = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT (Sku, ListPrice, Currency, CreatedAt)
    VALUES (src.Sku, src.ListPrice, src.Currency, SYSUTCDATETIME())
WHEN NOT MATCHED BY SOURCE THEN
    UPDATE SET tgt.IsActive = 0;

SELECT @@ROWCOUNT AS RowsMerged;
""", "angle-bracket placeholder '<remaining column assignments>' inside MERGE ... UPDATE SET (line {line})",
   mark="<remaining column assignments>", breaks=True)

ph(D, 'region_mapping', """\
-- Map country codes to sales regions
SELECT
    c.CountryCode,
    c.CountryName,
    CASE c.CountryCode
        WHEN 'US' THEN 'North America'
        WHEN 'CA' THEN 'North America'
        WHEN 'MX' THEN 'LATAM'
        /* other country mappings follow the same pattern */
        WHEN 'DE' THEN 'EMEA'
        ELSE 'Rest of World'
    END AS SalesRegion
FROM dbo.Countries AS c
ORDER BY SalesRegion, c.CountryName;
""", "comment-only elision of CASE branches (line {line})",
   mark="/* other country mappings follow the same pattern */", breaks=False)

# ---------------------------------------------------------------- truncated
tr(D, 'daily_order_totals', """\
-- Daily order totals for the last 30 days
SET NOCOUNT ON;

SELECT
    CAST(o.OrderDate AS date) AS OrderDay,
    COUNT(*) AS Orders,
    SUM(o.TotalAmount) AS Revenue
FROM dbo.Orders AS o WITH (NOLOCK)
WHERE o.Status <> 'Cancelled'
  AND o.OrderDate >= DATEADD(DAY, -30, CAST(GETDATE() AS date))
GROUP BY CAST(o.OrderDa""", "cut mid-identifier inside GROUP BY, no final newline (line {line})", kind='a')

tr(D, 'usp_close_period', """\
CREATE OR ALTER PROCEDURE dbo.usp_ClosePeriod
    @PeriodId int
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        UPDATE dbo.Periods
        SET Status = 'Closed', ClosedAt = SYSUTCDATETIME()
        WHERE PeriodId = @PeriodId;

        INSERT INTO dbo.PeriodBalances (PeriodId, AccountId, Balance)
        SELECT @PeriodId, AccountId, SUM(Amount)
        FROM dbo.Journal
        WHERE PeriodId = @PeriodId
        GROUP BY AccountId;

""", "stops after a blank line inside BEGIN TRY / BEGIN TRANSACTION of a procedure (line {line})", kind='b')

tr(D, 'orders_payments_recon', """\
-- Reconcile orders against captured payments
IF OBJECT_ID('tempdb..#Recon') IS NOT NULL
    DROP TABLE #Recon;

CREATE TABLE #Recon (
    OrderId int NOT NULL PRIMARY KEY,
    OrderTotal decimal(12, 2) NOT NULL,
    CapturedTotal decimal(12, 2) NULL
);

INSERT INTO #Recon (OrderId, OrderTotal)
SELECT OrderId, TotalAmount
FROM dbo.Orders
WHERE OrderDate >= '2024-01-01';

SELECT r.OrderId, r.OrderTotal, SUM(p.Amount) AS Captured
FROM #Recon AS r
LEFT JOIN dbo.Payments AS p ON p.OrderId =
""", "last SELECT ends inside the LEFT JOIN ... ON condition after '=', no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'nightly_stats_refresh', """\
<#
.SYNOPSIS
    Refreshes statistics on the reporting database and logs the duration.
#>
param(
    [string]$ServerInstance = "sql-prod-01",
    [string]$Database = "Reporting"
)

$ErrorActionPreference = "Stop"
$started = Get-Date

$query = @"
EXEC sp_updatestats;
SELECT name, STATS_DATE(object_id, stats_id) AS last_updated
FROM sys.stats
WHERE OBJECTPROPERTY(object_id, 'IsUserTable') = 1;
"@

$result = Invoke-Sqlcmd -ServerInstance $ServerInstance -Database $Database `
    -Query $query -QueryTimeout 1800 -TrustServerCertificate

$elapsed = (Get-Date) - $started
Write-Host ("Refreshed {0} statistics in {1:N0}s" -f $result.Count, $elapsed.TotalSeconds)
""", "PowerShell script calling Invoke-Sqlcmd with a T-SQL here-string", cut=False, lang='powershell')

# ---------------------------------------------------------------- clean
cl(D, 'usp_transfer_funds', """\
-- ============================================
-- Note: GO separates batches; CREATE OR ALTER must be first in its batch.
-- ============================================
IF OBJECT_ID(N'[dbo].[TransferLog]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[TransferLog] (
        [TransferId] int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
        [FromAccount] int NOT NULL,
        [ToAccount] int NOT NULL,
        [Amount] decimal(18, 2) NOT NULL,
        [CreatedAt] datetime2(3) NOT NULL DEFAULT SYSUTCDATETIME()
    );
END;
GO

CREATE OR ALTER PROCEDURE [dbo].[usp_TransferFunds]
    @From int,
    @To int,
    @Amount decimal(18, 2)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;
    BEGIN TRY
        BEGIN TRANSACTION;
        UPDATE [dbo].[Accounts] SET [Balance] = [Balance] - @Amount WHERE [AccountId] = @From;
        UPDATE [dbo].[Accounts] SET [Balance] = [Balance] + @Amount WHERE [AccountId] = @To;
        INSERT INTO [dbo].[TransferLog] ([FromAccount], [ToAccount], [Amount])
        VALUES (@From, @To, @Amount);
        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        -- rest of the error handling is left to the caller
        THROW;
    END CATCH;
END;
GO

EXEC [dbo].[usp_TransferFunds] @From = 1, @To = 2, @Amount = 25.00;
GO
""", "GO batch separators, IF OBJECT_ID ... BEGIN/END, CREATE OR ALTER PROCEDURE, TRY/CATCH with THROW, XACT_ABORT, [bracketed] identifiers, IDENTITY; comments with 'Note:' and 'rest of'")

cl(D, 'merge_customer_dim', """\
-- Slowly-changing customer dimension (type 1) with an audit of actions
DECLARE @MergeLog TABLE (
    [Action] nvarchar(10) NOT NULL,
    [CustomerKey] int NULL
);

MERGE [dw].[DimCustomer] WITH (HOLDLOCK) AS tgt
USING (
    SELECT [CustomerId], [Email], [Country], [Segment]
    FROM [staging].[Customers]
    WHERE [LoadDate] = CAST(GETDATE() AS date)
) AS src
    ON tgt.[CustomerId] = src.[CustomerId]
WHEN MATCHED AND (tgt.[Email] <> src.[Email] OR tgt.[Segment] <> src.[Segment]) THEN
    UPDATE SET tgt.[Email] = src.[Email],
               tgt.[Segment] = src.[Segment],
               tgt.[UpdatedAt] = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([CustomerId], [Email], [Country], [Segment], [UpdatedAt])
    VALUES (src.[CustomerId], src.[Email], src.[Country], src.[Segment], SYSUTCDATETIME())
OUTPUT $action, inserted.[CustomerKey] INTO @MergeLog ([Action], [CustomerKey]);

-- Rows whose attributes were unchanged do not appear in @MergeLog.
SELECT [Action], COUNT(*) AS [Rows]
FROM @MergeLog
GROUP BY [Action];""", "table variable, MERGE WITH (HOLDLOCK) with derived-table source, WHEN NOT MATCHED BY TARGET, OUTPUT $action INTO; comment with 'unchanged'; no final newline")

cl(D, 'top_customers_paged', """\
/*
  Here is the paged customer leaderboard used by the admin UI.
  Parameters: @PageNumber, @PageSize ... both 1-based.
  TODO(api-team): expose @MinOrders as a query-string option.
*/
DECLARE @PageNumber int = 1, @PageSize int = 50, @MinOrders int = 3;

WITH OrderStats AS (
    SELECT o.[CustomerId],
           COUNT(*) AS [OrderCount],
           SUM(o.[TotalAmount]) AS [Lifetime],
           MAX(o.[OrderDate]) AS [LastOrder]
    FROM [dbo].[Orders] AS o
    WHERE o.[Status] <> N'Cancelled'
    GROUP BY o.[CustomerId]
    HAVING COUNT(*) >= @MinOrders
)
SELECT c.[CustomerId],
       c.[DisplayName],
       s.[OrderCount],
       s.[Lifetime],
       RANK() OVER (ORDER BY s.[Lifetime] DESC) AS [Rank],
       IIF(s.[LastOrder] >= DATEADD(DAY, -90, GETDATE()), 1, 0) AS [IsActive]
FROM OrderStats AS s
JOIN [dbo].[Customers] AS c ON c.[CustomerId] = s.[CustomerId]
ORDER BY s.[Lifetime] DESC
OFFSET (@PageNumber - 1) * @PageSize ROWS
FETCH NEXT @PageSize ROWS ONLY;
""", "multi-variable DECLARE, CTE, RANK() OVER, IIF, OFFSET ... FETCH NEXT paging, brackets; block comment with 'Here is', 'TODO', '...'")

cl(D, 'create_audit_schema', """\
-- -------------------------------------------------
-- Audit schema (idempotent)
-- -------------------------------------------------
IF SCHEMA_ID(N'audit') IS NULL
    EXEC(N'CREATE SCHEMA [audit] AUTHORIZATION [dbo]');
GO

CREATE TABLE [audit].[RowChanges] (
    [ChangeId] bigint IDENTITY(1, 1) NOT NULL,
    [TableName] sysname NOT NULL,
    [KeyValue] nvarchar(100) NOT NULL,
    [ChangedBy] sysname NOT NULL CONSTRAINT [DF_RowChanges_ChangedBy] DEFAULT SUSER_SNAME(),
    [ChangedAt] datetime2(3) NOT NULL CONSTRAINT [DF_RowChanges_ChangedAt] DEFAULT SYSUTCDATETIME(),
    [Payload] nvarchar(max) NULL,
    CONSTRAINT [PK_RowChanges] PRIMARY KEY CLUSTERED ([ChangeId])
);
GO

CREATE NONCLUSTERED INDEX [IX_RowChanges_Table_Key]
    ON [audit].[RowChanges] ([TableName], [KeyValue])
    INCLUDE ([ChangedAt])
    WITH (ONLINE = OFF, FILLFACTOR = 90);
GO

SELECT TOP (5) [TableName], COUNT_BIG(*) AS [Changes]
FROM [audit].[RowChanges]
GROUP BY [TableName]
ORDER BY [Changes] DESC
""", "IF SCHEMA_ID ... EXEC(N'...'), GO batches, sysname, named DEFAULT constraints, PRIMARY KEY CLUSTERED, NONCLUSTERED INDEX with INCLUDE and WITH options, COUNT_BIG, '-- ----' separators; last statement has no ';'")
