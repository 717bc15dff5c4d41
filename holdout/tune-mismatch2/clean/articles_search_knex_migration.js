/**
 * Adds full-text search to articles.
 * Knex's schema builder has no tsvector support, so most of this is raw SQL.
 *
 * @param { import("knex").Knex } knex
 */
exports.up = async function up(knex) {
  await knex.raw(`
    ALTER TABLE articles
      ADD COLUMN search tsvector
      GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(body, '')), 'B')
      ) STORED;
  `);

  await knex.raw(`CREATE INDEX articles_search_idx ON articles USING GIN (search);`);

  await knex.raw(`
    CREATE OR REPLACE FUNCTION search_articles(q text, max_rows int DEFAULT 20)
    RETURNS TABLE (id bigint, title text, rank real) AS $$
      SELECT a.id, a.title, ts_rank(a.search, websearch_to_tsquery('english', q)) AS rank
      FROM articles a
      WHERE a.search @@ websearch_to_tsquery('english', q)
      ORDER BY rank DESC
      LIMIT max_rows;
    $$ LANGUAGE sql STABLE;
  `);
};

exports.down = async function down(knex) {
  await knex.raw("DROP FUNCTION IF EXISTS search_articles(text, int);");
  await knex.raw("DROP INDEX IF EXISTS articles_search_idx;");
  await knex.schema.alterTable("articles", (table) => {
    table.dropColumn("search");
  });
};
