CREATE TEMP FUNCTION net_price(gross NUMERIC, vat_rate NUMERIC)
RETURNS NUMERIC
AS (ROUND(gross / (1 + vat_rate), 2));

CREATE TEMP FUNCTION price_band(p NUMERIC)
RETURNS STRING
AS (
  CASE
    WHEN p < 10 THEN 'budget'
    WHEN p < 50 THEN 'standard'
    ELSE 'premium'
  END
);

CREATE TEMP FUNCTION slugify(name STRING)
RETURNS STRING
LANGUAGE js
AS r'''
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
''';

-- Columns omitted here (cost, margin) are derived downstream in the mart.
SELECT
  sku,
  slugify(product_name) AS slug,
  net_price(gross_price, vat_rate) AS net,
  price_band(net_price(gross_price, vat_rate)) AS band
FROM `shop-prod.catalog.products`
WHERE is_active
ORDER BY band, net DESC;
