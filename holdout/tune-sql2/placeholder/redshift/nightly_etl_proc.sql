CREATE OR REPLACE PROCEDURE etl.sp_nightly_load()
AS $$
BEGIN
    TRUNCATE staging.orders;

    COPY staging.orders
    FROM 's3://acme-exports/orders/latest/'
    IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-loader'
    FORMAT AS PARQUET;

    -- (rest of the procedure as before)
END;
$$ LANGUAGE plpgsql;

CALL etl.sp_nightly_load();
