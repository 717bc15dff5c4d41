-- Sync the price list from the staging table
DELETE FROM sales.price_list_stage WHERE list_price IS NULL;

MERGE INTO sales.price_list t
USING (
    SELECT product_id, currency, list_price, valid_from
    FROM sales.price_list_stage
) s
ON (t.product_id = s.product_id AND t.currency = s.currency)
/* ...rest of the MERGE as in v1... */
;

COMMIT;
