CREATE TABLE IF NOT EXISTS site_hits
(
    site   LowCardinality(String),
    page   String,
    hit_at DateTime
)
ENGINE = MergeTree
ORDER BY (site, hit_at);

SELECT
    site,
    page,
    count() AS hits
FROM site_hits
WHERE hit_at >= now() - INTERVAL 7 DAY
GROUP BY site, page
ORDER BY site, hits DESC
LIMIT 5 BY BY site;
