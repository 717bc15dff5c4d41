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
