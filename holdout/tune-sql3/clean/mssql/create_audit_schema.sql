-- -------------------------------------------------
-- Audit schema (idempotent)
-- -------------------------------------------------
IF SCHEMA_ID(N'audit') IS NULL
    EXEC(N'CREATE SCHEMA [audit] AUTHORIZATION [dbo]');
GO

CREATE TABLE [audit].[RowChanges] (
    [ChangeId] bigint IDENTITY(1, 1) NOT NULL,
    [TableName] sysname NOT NULL,
    [KeyValue] nvarchar(100) NOT NULL,
    [ChangedBy] sysname NOT NULL CONSTRAINT [DF_RowChanges_ChangedBy] DEFAULT SUSER_SNAME(),
    [ChangedAt] datetime2(3) NOT NULL CONSTRAINT [DF_RowChanges_ChangedAt] DEFAULT SYSUTCDATETIME(),
    [Payload] nvarchar(max) NULL,
    CONSTRAINT [PK_RowChanges] PRIMARY KEY CLUSTERED ([ChangeId])
);
GO

CREATE NONCLUSTERED INDEX [IX_RowChanges_Table_Key]
    ON [audit].[RowChanges] ([TableName], [KeyValue])
    INCLUDE ([ChangedAt])
    WITH (ONLINE = OFF, FILLFACTOR = 90);
GO

SELECT TOP (5) [TableName], COUNT_BIG(*) AS [Changes]
FROM [audit].[RowChanges]
GROUP BY [TableName]
ORDER BY [Changes] DESC
