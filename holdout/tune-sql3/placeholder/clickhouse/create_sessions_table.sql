-- Sessions table (one row per session, replaced on late updates)
CREATE TABLE IF NOT EXISTS analytics.sessions
(
    session_id UUID,
    user_id UInt64,
    started_at DateTime64(3, 'UTC'),
    ended_at Nullable(DateTime64(3, 'UTC')),
    -- … (remaining dimension columns unchanged)
    country LowCardinality(String),
    version UInt32
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(started_at)
ORDER BY (user_id, session_id);
