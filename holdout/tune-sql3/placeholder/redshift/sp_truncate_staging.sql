CREATE OR REPLACE PROCEDURE staging.sp_truncate_staging()
AS $$
BEGIN
    TRUNCATE staging.orders;
    TRUNCATE staging.order_items;
    -- etc. for the remaining staging tables
    RAISE INFO 'staging truncated at %', GETDATE();
END;
$$ LANGUAGE plpgsql;

CALL staging.sp_truncate_staging();

SELECT COUNT(*) AS remaining_rows FROM staging.orders;
