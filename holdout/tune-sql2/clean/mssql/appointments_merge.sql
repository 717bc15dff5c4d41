-- Here is the nightly sync of clinic appointments.
-- Note: the staging table is truncated by the loader; the rest is unchanged.
SET XACT_ABORT ON;
GO

BEGIN TRY
    BEGIN TRANSACTION;

    MERGE [clinic].[Appointments] AS tgt
    USING [staging].[Appointments] AS src
        ON tgt.[AppointmentId] = src.[AppointmentId]
    WHEN MATCHED AND (tgt.[Status] <> src.[Status] OR tgt.[StartsAt] <> src.[StartsAt]) THEN
        UPDATE SET tgt.[Status] = src.[Status],
                   tgt.[StartsAt] = src.[StartsAt],
                   tgt.[UpdatedAt] = SYSUTCDATETIME()
    WHEN NOT MATCHED BY TARGET THEN
        INSERT ([AppointmentId], [PatientId], [DoctorId], [StartsAt], [Status])
        VALUES (src.[AppointmentId], src.[PatientId], src.[DoctorId], src.[StartsAt], src.[Status])
    WHEN NOT MATCHED BY SOURCE AND tgt.[StartsAt] > SYSUTCDATETIME() THEN
        UPDATE SET tgt.[Status] = N'cancelled'
    OUTPUT $action, inserted.[AppointmentId];

    COMMIT TRANSACTION;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    DECLARE @msg NVARCHAR(2048) = ERROR_MESSAGE();
    -- TODO: route to the ops alert table ...
    THROW 50001, @msg, 1;
END CATCH;
GO
