-- One-off backfill: generate URL slugs for courses that do not have one yet.
-- Batches of 500 keep lock time short; safe to re-run.
DO $$
DECLARE
    r record;
    n int := 0;
BEGIN
    FOR r IN
        SELECT course_id, title
        FROM edu.courses
        WHERE slug IS NULL
        ORDER BY course_id
        LIMIT 500
    LOOP
        UPDATE edu.courses
           SET slug = lower(regexp_replace(trim(r.title), '[^a-zA-Z0-9]+', '-', 'g')) || '-' || r.course_id
         WHERE course_id = r.course_id;
        n := n + 1;
    END LOOP;
    RAISE NOTICE 'backfilled % course slugs', n;
END
$$;

ALTER TABLE edu.courses ALTER COLUMN slug SET NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS courses_slug_uq ON edu.courses (slug);
