EXECUTE IMMEDIATE $$
DECLARE
    day_cursor DATE DEFAULT '2024-03-01';
    last_day   DATE DEFAULT '2024-03-07';
    rows_done  INTEGER DEFAULT 0;
    batch_rows INTEGER;
BEGIN
    WHILE (day_cursor <= last_day) DO
        DELETE FROM mart.page_views_daily WHERE view_date = :day_cursor;

        INSERT INTO mart.page_views_daily (view_date, page, views, visitors)
        SELECT TO_DATE(viewed_at), page, COUNT(*), COUNT(DISTINCT visitor_id)
        FROM raw.page_views
        WHERE viewed_at >= :day_cursor
          AND viewed_at <  DATEADD('day', 1, :day_cursor)
        GROUP BY 1, 2;

        batch_rows := SQLROWCOUNT;
        rows_done := rows_done + batch_rows;
        day_cursor := DATEADD('day', 1, day_cursor);
    END WHILE;
    RETURN 'backfilled ' || rows_done || ' rows';
EXCEPTION
    WHEN OTHER THEN
        RETURN 'failed: ' || SQLERRM;
END;
$$;
