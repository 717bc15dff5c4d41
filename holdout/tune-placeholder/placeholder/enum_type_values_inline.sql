CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'on_hold' /* , … */);
CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');

CREATE TABLE tickets (
    id           BIGSERIAL PRIMARY KEY,
    subject      TEXT NOT NULL,
    requester_id BIGINT NOT NULL REFERENCES users (id),
    assignee_id  BIGINT REFERENCES users (id),
    status       ticket_status NOT NULL DEFAULT 'open',
    priority     ticket_priority NOT NULL DEFAULT 'normal',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX tickets_assignee_status_idx ON tickets (assignee_id, status);
