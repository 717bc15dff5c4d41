IF OBJECT_ID(N'dbo.MaintenanceJobs', N'U') IS NOT NULL
    DROP TABLE dbo.MaintenanceJobs;
GO

CREATE TABLE dbo.MaintenanceJobs
(
    JobId         INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    VehicleId     INT                NOT NULL,
    JobType       NVARCHAR(40)       NOT NULL,
    ScheduledFor  DATE               NOT NULL,
    CompletedOn   DATE               NULL,
    CostEstimate  DECIMAL(10, 2)     NULL,
