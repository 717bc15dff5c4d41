IF SCHEMA_ID(N'crm') IS NULL
    EXEC (N'CREATE SCHEMA [crm]');
GO

CREATE TABLE [crm].[Account] (
    [AccountId]   INT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_Account] PRIMARY KEY,
    [Name]        NVARCHAR(200) NOT NULL,
    [Industry]    NVARCHAR(100) NULL,
    [CreatedAt]   DATETIME2(3) NOT NULL CONSTRAINT [DF_Account_CreatedAt] DEFAULT SYSUTCDATETIME()
);
GO

CREATE TABLE [crm].[Contact] (
    [ContactId]   INT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_Contact] PRIMARY KEY,
    [AccountId]   INT NOT NULL CONSTRAINT [FK_Contact_Account] REFERENCES [crm].[Account]([AccountId]),
    [Email]       NVARCHAR(320) NOT NULL,
    [Phone]       VARCHAR(30) NULL
);
GO

/* Opportunity, Activity and Note tables: same pattern as above, omitted for brevity */
GO
