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
