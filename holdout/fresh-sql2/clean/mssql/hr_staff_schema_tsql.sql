SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'dbo.Staff', N'U') IS NOT NULL
    DROP TABLE dbo.Staff;
GO

CREATE TABLE dbo.Staff
(
    StaffId      INT IDENTITY(1, 1) NOT NULL,
    FirstName    NVARCHAR(100)      NOT NULL,
    LastName     NVARCHAR(100)      NOT NULL,
    Email        NVARCHAR(256)      NOT NULL,
    DepartmentId INT                NULL,
    Salary       DECIMAL(12, 2)     NOT NULL CONSTRAINT CK_Staff_Salary CHECK (Salary > 0),
    HiredOn      DATE               NOT NULL,
    IsActive     BIT                NOT NULL CONSTRAINT DF_Staff_IsActive DEFAULT (1),
    CreatedAt    DATETIME2(3)       NOT NULL CONSTRAINT DF_Staff_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_Staff PRIMARY KEY CLUSTERED (StaffId),
    CONSTRAINT UQ_Staff_Email UNIQUE (Email)
);
GO

CREATE NONCLUSTERED INDEX IX_Staff_Department
    ON dbo.Staff (DepartmentId, LastName)
    INCLUDE (Email)
    WHERE IsActive = 1;
GO

INSERT INTO dbo.Staff (FirstName, LastName, Email, DepartmentId, Salary, HiredOn)
VALUES (N'Ada',   N'Lovelace', N'ada@example.com',   10, 98000.00, '2021-04-01'),
       (N'Grace', N'Hopper',   N'grace@example.com', 20, 105000.00, '2019-09-15');
GO

SELECT StaffId, CONCAT(FirstName, N' ', LastName) AS FullName, DATEDIFF(YEAR, HiredOn, GETDATE()) AS Years
FROM dbo.Staff
WHERE IsActive = 1
ORDER BY LastName;
GO
