-- Migration 0042: bookings with no overlapping reservations per room
CREATE EXTENSION IF NOT EXISTS btree_gist;

DO $$
BEGIN
    CREATE TYPE booking_status AS ENUM ('pending', 'confirmed', 'canceled');
EXCEPTION
    WHEN duplicate_object THEN NULL;
END
$$;

CREATE TABLE IF NOT EXISTS bookings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    room_id integer NOT NULL,
    guest_email citext NOT NULL,
    stay tsrange NOT NULL,
    status booking_status NOT NULL DEFAULT 'pending',
    nights integer GENERATED ALWAYS AS (upper(stay)::date - lower(stay)::date) STORED,
    EXCLUDE USING gist (room_id WITH =, stay WITH &&) WHERE (status <> 'canceled')
);

CREATE INDEX IF NOT EXISTS bookings_pending_idx ON bookings (room_id) WHERE status = 'pending';

COMMENT ON COLUMN bookings.stay IS 'Half-open range [check-in, check-out)';

ALTER TABLE bookings ADD CONSTRAINT bookings_email_lower CHECK (guest_email = lower(guest_email)) NOT VALID
