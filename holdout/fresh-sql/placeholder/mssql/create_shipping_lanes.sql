-- Shipping lane master data
CREATE TABLE [logistics].[shipping_lanes] (
    [lane_id]          INT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_shipping_lanes] PRIMARY KEY,
    [origin_hub]       CHAR(5)       NOT NULL,
    [destination_hub]  CHAR(5)       NOT NULL,
    [mode]             VARCHAR(10)   NOT NULL,
    /* remaining columns same as in shipping_lanes_v1 */
    [active_from]      DATE          NOT NULL,
    [active_to]        DATE          NULL
);
GO

CREATE UNIQUE INDEX [UX_shipping_lanes_route]
    ON [logistics].[shipping_lanes] ([origin_hub], [destination_hub], [mode], [active_from]);
GO
