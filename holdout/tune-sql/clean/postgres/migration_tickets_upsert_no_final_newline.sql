-- Migration 0117: support ticket priorities
BEGIN;

CREATE TYPE support.ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');

ALTER TABLE support.tickets
    ADD COLUMN priority support.ticket_priority NOT NULL DEFAULT 'normal',
    ADD COLUMN sla_due_at timestamptz GENERATED ALWAYS AS (opened_at + interval '48 hours') STORED;

CREATE TABLE support.priority_rules (
    keyword   text PRIMARY KEY,
    priority  support.ticket_priority NOT NULL
);

INSERT INTO support.priority_rules (keyword, priority) VALUES
    ('outage', 'urgent'),
    ('refund', 'high'),
    ('invoice', 'normal')
ON CONFLICT (keyword) DO UPDATE SET priority = EXCLUDED.priority;

UPDATE support.tickets t
SET priority = r.priority
FROM support.priority_rules r
WHERE t.subject ILIKE '%' || r.keyword || '%';

COMMIT;