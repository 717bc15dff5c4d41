-- Here is a small pricing toolkit ... macros plus nested types.
CREATE OR REPLACE MACRO add_tax(amount, rate := 0.2) AS round(amount * (1 + rate), 2);

CREATE OR REPLACE MACRO top_n(tbl, n) AS TABLE
    SELECT * FROM query_table(tbl) ORDER BY price DESC LIMIT n;

CREATE OR REPLACE TABLE products AS
SELECT * FROM (VALUES
    ('sku-1', 'Desk', 250.0, {'w': 120, 'd': 60}, ['office', 'wood']),
    ('sku-2', 'Chair', 120.0, {'w': 50, 'd': 50}, ['office']),
    ('sku-3', 'Lamp', 35.5, {'w': 20, 'd': 20}, ['lighting', 'office'])
) AS t(sku, name, price, dims, tags);

SELECT
    sku,
    add_tax(price) AS gross,
    add_tax(price, rate := 0.07) AS gross_reduced,
    dims.w * dims.d AS footprint,
    u.tag,
FROM products, unnest(tags) AS u(tag)
QUALIFY row_number() OVER (PARTITION BY tag ORDER BY price DESC) = 1
ORDER BY tag;

FROM top_n('products', 2);