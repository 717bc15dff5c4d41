-- Bin locations inside a warehouse
CREATE TABLE logistics.warehouse_bins (
    bin_id        serial PRIMARY KEY,
    warehouse_id  int          NOT NULL REFERENCES logistics.warehouses (warehouse_id),
    aisle         varchar(4)   NOT NULL,
    rack          smallint     NOT NULL,
    level         smallint     NOT NULL,
    max_weight_kg numeric(8,2) NOT NULL DEFAULT 500,
    is_active     boolean      NOT NULL DEFAULT true,
    UNIQUE (warehouse_id, aisle, rack, level),
);

CREATE INDEX warehouse_bins_active_idx
    ON logistics.warehouse_bins (warehouse_id)
    WHERE is_active;
