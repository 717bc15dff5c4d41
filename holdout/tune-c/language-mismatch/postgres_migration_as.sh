-- 0007_add_audit_log.sql
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    actor_id    BIGINT REFERENCES users(id),
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   BIGINT,
    diff        JSONB,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_created_idx ON audit_log USING BRIN (created_at);

ALTER TABLE users ADD COLUMN last_login_at TIMESTAMPTZ;
UPDATE users SET last_login_at = updated_at WHERE last_login_at IS NULL;
