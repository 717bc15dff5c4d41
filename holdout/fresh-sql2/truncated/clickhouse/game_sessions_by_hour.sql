CREATE TABLE IF NOT EXISTS game_sessions
(
    player_id  UInt64,
    started    DateTime,
    ended      DateTime,
    platform   LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (platform, started);

SELECT
    platform,
    formatDateTime(started, '%Y-%m