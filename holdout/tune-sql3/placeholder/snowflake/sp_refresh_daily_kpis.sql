CREATE OR REPLACE PROCEDURE analytics.sp_refresh_daily_kpis(run_date DATE)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    rows_deleted INTEGER DEFAULT 0;
BEGIN
    DELETE FROM analytics.daily_kpis WHERE kpi_date = :run_date;
    rows_deleted := SQLROWCOUNT;

    -- rest of the procedure stays the same as the weekly version

    RETURN 'refreshed ' || run_date || ', replaced ' || rows_deleted || ' rows';
END;
$$;

CALL analytics.sp_refresh_daily_kpis(CURRENT_DATE() - 1);
