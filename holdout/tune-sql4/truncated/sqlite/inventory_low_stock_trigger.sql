-- Low-stock alerts for the inventory prototype
CREATE TABLE products (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    stock     INTEGER NOT NULL,
    min_stock INTEGER NOT NULL DEFAULT 5
);

CREATE TABLE alerts (
    product_id INTEGER NOT NULL,
    message    TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER trg_products_low_stock
AFTER UPDATE OF stock ON products
WHEN NEW.stock < NEW.min_stock AND OLD.stock >= OLD.min_stock
BEGIN
    INSERT INTO alerts (product_id, message)
    VALUES (NEW.id, 'stock below minimum for ' || NEW.name);
