-- Backfill slugs for articles created before the slug column existed
DO $$
DECLARE
    r record;
    v_slug text;
BEGIN
    FOR r IN SELECT id, title FROM cms.articles WHERE slug IS NULL ORDER BY id LOOP
        v_slug := lower(regexp_replace(r.title, '[^a-zA-Z0-9]+', '-', 'g'));
        v_slug := trim(both '-' from v_slug);

        IF EXISTS (SELECT 1 FROM cms.articles WHERE slug = v_slug) THEN
            v_slug := v_slug || '-' || r.id;
        END IF;

        UPDATE cms.articles SET slug = v_slug WHERE id = r.id;
