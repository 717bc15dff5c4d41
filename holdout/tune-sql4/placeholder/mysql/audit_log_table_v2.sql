-- v2 of the audit log: adds request metadata
CREATE TABLE audit_log_v2 (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(3)     NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor_id      BIGINT UNSIGNED NULL,
    action        VARCHAR(64)     NOT NULL,
    entity_type   VARCHAR(64)     NOT NULL,
    entity_id     VARCHAR(64)     NOT NULL,
    -- (remaining audit columns as in the previous version)
    request_id    CHAR(36)        NULL,
    user_agent    VARCHAR(255)    NULL,
    PRIMARY KEY (id),
    KEY idx_audit_entity (entity_type, entity_id),
    KEY idx_audit_actor (actor_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO audit_log_v2 (occurred_at, actor_id, action, entity_type, entity_id)
SELECT occurred_at, actor_id, action, entity_type, entity_id
FROM audit_log;
