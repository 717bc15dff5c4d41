-- Upsert a customer record from the CRM feed
CREATE OR ALTER PROCEDURE [crm].[usp_upsert_customer]
    @external_id NVARCHAR(40),
    @full_name NVARCHAR(200),
    @email NVARCHAR(320)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE [crm].[customers]
    SET [full_name] = @full_name,
        [email] = @email,
        [updated_at] = SYSUTCDATETIME()
    WHERE [external_id] = @external_id;

    -- ... rest of the procedure unchanged (insert branch + audit row)
END;
GO
