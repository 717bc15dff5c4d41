-- Here is the procedure that rebuilds one day of KPIs.
CREATE OR REPLACE PROCEDURE analytics.marts.refresh_daily_kpis(run_date DATE)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS OWNER
AS
$$
DECLARE
    rows_written INT DEFAULT 0;
    c1 CURSOR FOR SELECT DISTINCT region FROM analytics.marts.dim_store;
BEGIN
    DELETE FROM analytics.marts.daily_kpis WHERE kpi_date = :run_date;

    FOR rec IN c1 DO
        LET r VARCHAR := rec.region;
        INSERT INTO analytics.marts.daily_kpis (kpi_date, region, orders, revenue)
        SELECT :run_date, :r, COUNT(*), SUM(amount)
        FROM analytics.marts.fct_orders
        WHERE order_date = :run_date AND region = :r;
        rows_written := rows_written + SQLROWCOUNT;
    END FOR;

    -- TODO: add the returns KPI ... once fct_returns lands
    RETURN 'wrote ' || rows_written || ' rows';
EXCEPTION
    WHEN OTHER THEN
        RETURN 'failed: ' || SQLERRM;
END;
$$;

CALL analytics.marts.refresh_daily_kpis(CURRENT_DATE() - 1);
