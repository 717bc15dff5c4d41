CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS stock_moves (item_id INTEGER, delta INTEGER, moved_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS low_stock_alerts (item_id INTEGER, raised_at TEXT DEFAULT CURRENT_TIMESTAMP);

CREATE TRIGGER IF NOT EXISTS stock_moves_ai AFTER INSERT ON stock_moves
BEGIN
    UPDATE items SET qty = qty + NEW.delta WHERE id = NEW.item_id;

    INSERT INTO low_stock_alerts (item_id)
    SELECT id FROM items
    WHERE id = NEW.item_id
      AND qty < 5;
