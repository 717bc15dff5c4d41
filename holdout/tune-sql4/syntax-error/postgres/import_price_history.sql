-- Import the price history from the legacy shop
BEGIN;

CREATE TEMP TABLE legacy_prices (LIKE legacy.prices INCLUDING ALL) ON COMMIT DROP;

INSERT INTO legacy_prices SELECT * FROM legacy.prices WHERE price > 0;

INSERT INTO catalog.price_history (product_id,, valid_from, valid_to, price_cents, currency)
SELECT p.new_id, lp.valid_from, lp.valid_to, (lp.price * 100)::int, 'EUR'
FROM legacy_prices lp
JOIN legacy.product_map p ON p.old_id = lp.product_id;

COMMIT;
