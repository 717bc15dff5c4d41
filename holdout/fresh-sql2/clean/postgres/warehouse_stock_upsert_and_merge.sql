-- Nightly stock sync. The staging table is filled by the loader; columns
-- omitted from the feed keep their current value.
CREATE TABLE IF NOT EXISTS stock_levels (
    sku          text PRIMARY KEY,
    warehouse    text NOT NULL,
    on_hand      integer NOT NULL DEFAULT 0,
    reserved     integer NOT NULL DEFAULT 0,
    last_counted timestamptz
);

CREATE TEMP TABLE stock_feed (
    sku       text,
    warehouse text,
    on_hand   integer,
    counted   timestamptz
) ON COMMIT PRESERVE ROWS;

INSERT INTO stock_feed VALUES
    ('SKU-1001', 'AMS', 40, now()),
    ('SKU-1002', 'AMS', 0,  now()),
    ('SKU-2001', 'FRA', 15, now());

INSERT INTO stock_levels AS s (sku, warehouse, on_hand, last_counted)
SELECT sku, warehouse, on_hand, counted FROM stock_feed
ON CONFLICT (sku) DO UPDATE
    SET on_hand      = EXCLUDED.on_hand,
        last_counted = EXCLUDED.last_counted
    WHERE s.on_hand IS DISTINCT FROM EXCLUDED.on_hand
RETURNING s.sku, s.on_hand, (xmax = 0) AS inserted;

-- PostgreSQL 15+: same reconciliation expressed with MERGE.
MERGE INTO stock_levels AS t
USING stock_feed AS f
   ON t.sku = f.sku
WHEN MATCHED AND f.on_hand = 0 AND t.reserved = 0 THEN
    DELETE
WHEN MATCHED THEN
    UPDATE SET on_hand = f.on_hand, last_counted = f.counted
WHEN NOT MATCHED THEN
    INSERT (sku, warehouse, on_hand, last_counted)
    VALUES (f.sku, f.warehouse, f.on_hand, f.counted);

SELECT sku, warehouse, on_hand FROM stock_levels ORDER BY sku;
