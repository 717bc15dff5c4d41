-- Device registry with temporal history (system-versioned).
IF SCHEMA_ID(N'iot') IS NULL
    EXEC (N'CREATE SCHEMA [iot]');
GO

CREATE TABLE [iot].[devices] (
    [device_id]     UNIQUEIDENTIFIER NOT NULL CONSTRAINT [DF_devices_id] DEFAULT NEWSEQUENTIALID(),
    [serial_no]     NVARCHAR(64)     NOT NULL,
    [model]         NVARCHAR(40)     NOT NULL,
    [site_id]       INT              NULL,
    [firmware]      VARCHAR(20)      NOT NULL,
    [valid_from]    DATETIME2(2) GENERATED ALWAYS AS ROW START NOT NULL,
    [valid_to]      DATETIME2(2) GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME ([valid_from], [valid_to]),
    CONSTRAINT [PK_devices] PRIMARY KEY CLUSTERED ([device_id]),
    CONSTRAINT [UQ_devices_serial] UNIQUE ([serial_no])
)
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = [iot].[devices_history]));
GO

CREATE NONCLUSTERED INDEX [IX_devices_site]
    ON [iot].[devices] ([site_id])
    INCLUDE ([model], [firmware]);
GO