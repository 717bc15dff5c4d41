-- Order status history kept by triggers
CREATE TABLE orders (
    id         INTEGER PRIMARY KEY,
    status     TEXT NOT NULL DEFAULT 'new',
    total      REAL NOT NULL
);

CREATE TABLE order_history (
    order_id   INTEGER NOT NULL,
    old_status TEXT,
    new_status TEXT,
    changed_at TEXT NOT NULL
);

CREATE TRIGGER trg_orders_status
AFTER UPDATE OF status ON orders
BEGIN
    INSERT INTO order_history (order_id, old_status, new_status, changed_at)
    VALUES (NEW.id, OLD.status, NEW.status, datetime('now'));

CREATE TRIGGER trg_orders_deleted
AFTER DELETE ON orders
BEGIN
    INSERT INTO order_history (order_id, old_status, new_status, changed_at)
    VALUES (OLD.id, OLD.status, NULL, datetime('now'));
END;

INSERT INTO orders (id, total) VALUES (1, 19.90), (2, 5.00);
UPDATE orders SET status = 'paid' WHERE id = 1;
DELETE FROM orders WHERE id = 2;
