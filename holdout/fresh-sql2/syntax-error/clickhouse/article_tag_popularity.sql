CREATE TABLE IF NOT EXISTS articles
(
    article_id  UInt64,
    published   Date,
    tags        Array(String),
    reads       UInt32
)
ENGINE = MergeTree
ORDER BY article_id;

SELECT
    tag,
    count()    AS articles,
    sum(reads) AS total_reads
FROM articles
ARAY JOIN tags AS tag
WHERE published >= '2024-01-01'
GROUP BY tag
ORDER BY total_reads DESC
LIMIT 25;
