-- Point-of-sale kiosk: local order buffer while offline
CREATE TABLE IF NOT EXISTS pending_orders (
    local_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    kiosk_id    TEXT NOT NULL,
    payload     TEXT NOT NULL CHECK (json_valid(payload)),
    total_cents INTEGER NOT NULL,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    uploaded    INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX IF NOT EXISTS pending_orders_upload_idx
    ON pending_orders (uploaded, created_at);
```
