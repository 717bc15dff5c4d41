-- Note: ON CONFLICT ... DO UPDATE needs SQLite 3.24+, RETURNING needs 3.35+.
CREATE TABLE inventory (
    sku        TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    quantity   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
) WITHOUT ROWID;

CREATE INDEX ix_inventory_empty ON inventory (sku) WHERE quantity = 0;

INSERT INTO inventory (sku, name, quantity) VALUES ('MUG-01', 'Mug', 10), ('CAP-02', 'Cap', 0);

-- receive a delivery ...
INSERT INTO inventory (sku, name, quantity)
VALUES ('MUG-01', 'Mug', 25), ('HAT-03', 'Hat', 4)
ON CONFLICT (sku) DO UPDATE SET
    quantity   = inventory.quantity + excluded.quantity,
    updated_at = CURRENT_TIMESTAMP
WHERE excluded.quantity > 0
RETURNING sku, quantity;

DELETE FROM inventory WHERE quantity = 0 RETURNING sku;
