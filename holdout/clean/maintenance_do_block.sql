-- Add an updated_at trigger to every table in the app schema that has the column.
DO $body$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT c.table_schema, c.table_name
        FROM information_schema.columns c
        WHERE c.table_schema = 'app'
          AND c.column_name = 'updated_at'
    LOOP
        EXECUTE format(
            'DROP TRIGGER IF EXISTS trg_touch_updated_at ON %I.%I',
            r.table_schema, r.table_name
        );
        EXECUTE format(
            $fmt$CREATE TRIGGER trg_touch_updated_at
                 BEFORE UPDATE ON %I.%I
                 FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at()$fmt$,
            r.table_schema, r.table_name
        );
        RAISE NOTICE 'trigger installed on %.%', r.table_schema, r.table_name;
    END LOOP;
END
$body$;

SELECT E'done:\tupdated_at triggers refreshed\n' AS status, 'it''s fine' AS note;
