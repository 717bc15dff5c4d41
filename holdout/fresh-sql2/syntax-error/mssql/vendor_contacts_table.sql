IF OBJECT_ID(N'dbo.VendorContacts', N'U') IS NOT NULL
    DROP TABLE dbo.VendorContacts;
GO

CREATE TABLE dbo.VendorContacts
(
    ContactId   INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    VendorId    INT                NOT NULL,
    FullName    NVARCHAR(200)      NOT NULL,
    Email       NVARCHAR(256)      NOT NULL
    Phone       NVARCHAR(32)       NULL,
    IsPrimary   BIT                NOT NULL DEFAULT (0),
    CreatedAt   DATETIME2(0)       NOT NULL DEFAULT (SYSUTCDATETIME())
);
GO

CREATE INDEX IX_VendorContacts_Vendor ON dbo.VendorContacts (VendorId);
GO
