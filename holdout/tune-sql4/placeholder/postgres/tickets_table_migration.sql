-- Migration 0042: rebuild support.tickets with a status enum
BEGIN;

CREATE TYPE support.ticket_status AS ENUM ('open', 'pending', 'solved', 'closed');

ALTER TABLE support.tickets
    ALTER COLUMN status TYPE support.ticket_status
    USING status::support.ticket_status;

ALTER TABLE support.tickets
    ADD COLUMN first_response_at timestamptz,
    ADD COLUMN solved_at timestamptz;

-- (keep the existing indexes)

COMMIT;
