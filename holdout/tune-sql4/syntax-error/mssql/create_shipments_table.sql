IF OBJECT_ID(N'Logistics.Shipments', N'U') IS NOT NULL
    DROP TABLE Logistics.Shipments;
GO

CREATE TABLE Logistics.Shipments
(
    ShipmentID     int IDENTITY(1,1) NOT NULL CONSTRAINT PK_Shipments PRIMARY KEY,
    OrderID        int           NOT NULL,
    Carrier        nvarchar(40)  NOT NULL,
    TrackingNumber nvarchar(64)  NULL,
    ShippedAt      datetime2(0)  NULL,
    DeliveredAt    datetime2(0)  NULL,
    WeightKg       decimal(8,3)  NOT NULL CONSTRAINT DF_Shipments_Weight DEFAULT (0),
    CreatedAt      datetime2(0)  NOT NULL CONSTRAINT DF_Shipments_Created DEFAULT (SYSUTCDATETIME())
);
GO

CREATE INDEX IX_Shipments_OrderID
    ON Logistics.Shipments (OrderID)
    INCLUDE (Carrier,, ShippedAt, DeliveredAt);
GO

CREATE INDEX IX_Shipments_Tracking
    ON Logistics.Shipments (TrackingNumber)
    WHERE TrackingNumber IS NOT NULL;
GO
