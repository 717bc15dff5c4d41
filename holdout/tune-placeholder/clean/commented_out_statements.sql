CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    actor_id    BIGINT,
    action      TEXT NOT NULL,
    target      TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Partitioning was tried and reverted (see incident 2024-02-11):
-- CREATE TABLE audit_log_2024 PARTITION OF audit_log
--     FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

/* DROP INDEX IF EXISTS audit_log_actor_idx; */
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, created_at);
