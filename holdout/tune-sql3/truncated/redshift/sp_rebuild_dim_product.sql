CREATE OR REPLACE PROCEDURE dw.sp_rebuild_dim_product(p_as_of DATE)
AS $$
DECLARE
    v_rows INTEGER;
BEGIN
    DELETE FROM dw.dim_product WHERE valid_from > p_as_of;

    INSERT INTO dw.dim_product (product_id, name, category, valid_from)
    SELECT product_id, name, category, p_as_of
    FROM staging.products;

    GET DIAGNOSTICS v_rows := ROW_COUNT;
    IF v_rows = 0 THEN
        RAISE EXCEPTION 'no products staged for %', p_as_of;
