CREATE OR ALTER PROCEDURE [clinic].[usp_QueueReminders]
    @ForDate DATE
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [clinic].[ReminderQueue] ([AppointmentId], [Channel], [QueuedAt])
    SELECT a.[AppointmentId],
           CASE WHEN p.[Mobile] IS NOT NULL THEN N'sms' ELSE N'email' END,
           SYSUTCDATETIME()
    FROM [clinic].[Appointments] AS a
    JOIN [clinic].[Patients] AS p ON p.[PatientId] = a.[PatientId]
    WHERE CAST(a.[StartsAt] AS DATE) = @ForDate;

    UPDTE [clinic].[Appointments]
    SET [ReminderQueued] = 1
    WHERE CAST([StartsAt] AS DATE) = @ForDate;

    SELECT @@ROWCOUNT AS Queued;
END
GO
