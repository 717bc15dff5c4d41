-- 0012_add_slug_to_projects.sql
ALTER TABLE projects ADD COLUMN slug TEXT;

-- TODO: backfill slugs for archived projects in a follow-up migration;
-- rows without a slug keep working because lookups fall back to the id.
UPDATE projects
SET slug = lower(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g'))
WHERE archived_at IS NULL;

CREATE UNIQUE INDEX projects_slug_key ON projects (slug) WHERE slug IS NOT NULL;

COMMENT ON COLUMN projects.slug IS 'URL-safe name; NULL until backfilled';
