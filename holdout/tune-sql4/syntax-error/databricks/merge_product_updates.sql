-- Apply the product updates feed to the silver table
CREATE OR REPLACE TEMP VIEW product_updates AS
SELECT *
FROM main.bronze.product_feed
WHERE _ingested_at >= current_timestamp() - INTERVAL 1 DAY;

MER GE INTO main.silver.products AS t
USING product_updates AS s
ON t.product_id = s.product_id
WHEN MATCHED AND s.is_deleted THEN DELETE
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED AND NOT s.is_deleted THEN INSERT *;

OPTIMIZE main.silver.products ZORDER BY (category_id);
