-- Normalise free-text tags into a clean list per article
CREATE OR REPLACE TABLE articles AS
FROM read_json_auto('data/articles.json');

SELECT
    article_id,
    title,
    list_distinct(list_transform(tags, ...)) AS clean_tags,
    len(tags) AS raw_tag_count
FROM articles
WHERE tags IS NOT NULL
ORDER BY article_id;
