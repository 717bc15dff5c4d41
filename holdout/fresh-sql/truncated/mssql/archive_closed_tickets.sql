-- Move closed support tickets older than a year to the archive schema
SET NOCOUNT ON;
GO

DECLARE @cutoff DATE = DATEADD(YEAR, -1, CAST(GETDATE() AS DATE));

INSERT INTO [archive].[tickets] ([ticket_id], [customer_id], [subject], [closed_at])
SELECT [ticket_id], [customer_id], [subject], [closed_at]
FROM [support].[tickets]
WHERE [status] = 'closed'
  AND [closed_at] < @cutoff;

DELETE FROM [support].[ticket_comments]
WHERE [ticket_id] IN (SELECT [ticket_id] FROM [archive].[tickets]);

DELETE t
FROM [support].[tickets] AS t
JOIN [archive].[tickets] AS a ON a.[ticket_id] = t.[ticket_id];

UPDATE STATISTICS [support].[tickets];

DELETE FROM [support].[ticket_attachments]
WHERE [ticket_id] IN (SELECT [ticket_id] FROM [archive].[tickets] WHERE [closed_at] <
