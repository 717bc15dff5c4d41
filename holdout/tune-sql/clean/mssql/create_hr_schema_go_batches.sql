SET ANSI_NULLS ON;
GO
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE [hr].[Department] (
    [DepartmentId] SMALLINT IDENTITY(1,1) NOT NULL,
    [Name]         NVARCHAR(100) NOT NULL,
    [CostCenter]   CHAR(6) NOT NULL,
    CONSTRAINT [PK_Department] PRIMARY KEY CLUSTERED ([DepartmentId]),
    CONSTRAINT [UQ_Department_Name] UNIQUE ([Name])
);
GO

CREATE TABLE [hr].[Employee] (
    [EmployeeId]   INT IDENTITY(1000,1) NOT NULL,
    [DepartmentId] SMALLINT NOT NULL,
    [GivenName]    NVARCHAR(100) NOT NULL,
    [FamilyName]   NVARCHAR(100) NOT NULL,
    [HireDate]     DATE NOT NULL,
    [Salary]       DECIMAL(12, 2) NOT NULL,
    [RowVersion]   ROWVERSION,
    CONSTRAINT [PK_Employee] PRIMARY KEY CLUSTERED ([EmployeeId]),
    CONSTRAINT [FK_Employee_Department] FOREIGN KEY ([DepartmentId])
        REFERENCES [hr].[Department] ([DepartmentId]),
    CONSTRAINT [CK_Employee_Salary] CHECK ([Salary] > 0)
);
GO

CREATE NONCLUSTERED INDEX [IX_Employee_Department]
    ON [hr].[Employee] ([DepartmentId])
    INCLUDE ([GivenName], [FamilyName]);
GO

-- Note: the rest of the HR objects (views, grants) ship in 0043_hr_views.sql.
