-- Sessions table, deduplicated on merge by the latest version
CREATE TABLE IF NOT EXISTS web.sessions
(
    session_id   UUID,
    user_id      UInt64,
    started_at   DateTime,
    ended_at     DateTime,
    page_views   UInt32,
    country      LowCardinality(String),
    version      UInt64
)
ENGINE = ReplacingMergeTree(version)
This keeps one row per session
PARTITION BY toYYYYMM(started_at)
ORDER BY (user_id, session_id)
SETTINGS index_granularity = 8192;

OPTIMIZE TABLE web.sessions FINAL;
