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
