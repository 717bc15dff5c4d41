CREATE OR REPLACE TABLE ops.inventory_snapshots (
    snapshot_date DATE,
    sku           STRING,
    warehouse     STRING,
    on_hand       NUMBER(12, 0)
);

CREATE OR REPLACE TASK ops.snapshot_inventory
    WAREHOUSE = ops_wh
    SCHEDULE = 'USING CRON 30 2 * * * Europe/Amsterdam'
AS
