CREATE SCHEMA IF NOT EXISTS catalog_raw;

CREATE TABLE IF NOT EXISTS catalog_raw.products (
  product_id    STRING NOT NULL,
  title         STRING,
  brand         STRING,
  category_path ARRAY<STRING>,
  gtin          STRING,
  is_active     BOOLEAN,
  attributes    MAP<STRING, STRING>,
  price         STRUCT<amount: DECIMAL(10, 2), currency: STRING>,
