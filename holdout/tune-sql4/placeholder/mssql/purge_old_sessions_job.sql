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
