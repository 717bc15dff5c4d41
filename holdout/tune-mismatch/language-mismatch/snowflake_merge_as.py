-- Upsert daily product snapshot into the analytics mart
USE WAREHOUSE transform_wh;
USE SCHEMA analytics.marts;

CREATE OR REPLACE TEMPORARY TABLE stg_products AS
SELECT
    raw:id::NUMBER              AS product_id,
    raw:name::VARCHAR           AS name,
    raw:price::NUMBER(10, 2)    AS price,
    raw:tags::ARRAY             AS tags,
    TO_TIMESTAMP_NTZ(raw:updated_at::VARCHAR) AS updated_at
FROM raw.shop.products_json,
     LATERAL FLATTEN(input => raw:variants, outer => TRUE) v
QUALIFY ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY updated_at DESC) = 1;

MERGE INTO dim_products t
USING stg_products s
    ON t.product_id = s.product_id
WHEN MATCHED AND s.updated_at > t.updated_at THEN UPDATE SET
    name = s.name,
    price = s.price,
    tags = s.tags,
    updated_at = s.updated_at
WHEN NOT MATCHED THEN INSERT (product_id, name, price, tags, updated_at)
    VALUES (s.product_id, s.name, s.price, s.tags, s