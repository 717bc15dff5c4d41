CREATE OR REPLACE TABLE RAW.PUBLIC.VENDOR_PRODUCTS_CLEAN (
    vendor_sku   VARCHAR(64) NOT NULL,
    title        VARCHAR(500),
    price_usd    NUMBER(12,2),
    in_stock     BOOLEAN,
    loaded_at    TIMESTAMP_NTZ
);

INSERT INTO RAW.PUBLIC.VENDOR_PRODUCTS_CLEAN (vendor_sku, title, price_usd, in_stock, loaded_at)
SELECT TRIM(v.raw_sku)                        AS vendor_sku,
       INITCAP(TRIM(v.raw_title))               AS title,
       TRY_TO_NUMBER(v.raw_price, 12, 2)        AS price_usd,
       ...
       CURRENT_TIMESTAMP()               AS loaded_at
FROM RAW.PUBLIC.VENDOR_PRODUCTS_LANDING v
WHERE v.raw_sku IS NOT NULL;

SELECT COUNT(*) FROM RAW.PUBLIC.VENDOR_PRODUCTS_CLEAN;
