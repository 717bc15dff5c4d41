-- Audit log for admin actions
CREATE TABLE IF NOT EXISTS audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id bigint NOT NULL REFERENCES users (id),
    action text NOT NULL,
    target_table,
    target_id bigint,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS audit_log_actor_created_idx
    ON audit_log (actor_id, created_at DESC);

COMMENT ON TABLE audit_log IS 'Admin actions, append-only';
