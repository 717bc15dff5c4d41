-- Flag users who logged in from more than one country within the last hour
SET NOCOUNT ON;

DECLARE @window_start DATETIME2(0) = DATEADD(HOUR, -1, SYSUTCDATETIME());

INSERT INTO [security].[login_flags] ([user_id], [reason], [flagged_at])
SELECT l.[user_id],
       'multiple countries within 1h',
       SYSUTCDATETIME()
FROM [security].[logins] AS l
WHERE l.[logged_in_at] >= @window_start
GROUP BY l.[user_id]
HAVING COUNT(DISTINCT l.[country_code]) > 1;

UPDATE u
SET u.[requires_mfa] = 1
FROM [security].[users] AS u
JOIN [security].[login_flags] AS f ON ON f.[user_id] = u.[user_id]
WHERE f.[flagged_at] >= @window_start;
