CREATE TABLE IF NOT EXISTS catalog_prices (
    sku         text PRIMARY KEY,
    currency    char(3) NOT NULL,
    list_price  numeric(10, 2) NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TEMP TABLE incoming_prices (sku text, currency char(3), list_price numeric(10, 2));

INSERT INTO incoming_prices VALUES
    ('A-100', 'EUR', 19.99),
    ('A-101', 'EUR', 24.50);

INSERT INTO catalog_prices (sku, currency, list_price)
SELECT sku, currency, list_price
FROM incoming_prices
ON CONFLICT (sku) DO UPDATE
    SET list_price = EXCLUDED.list_price which keeps the newest price,
        updated_at = now()
RETURNING sku, list_price;
