CREATE TABLE venues (
    venue_id   int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL,
    city       text NOT NULL,
    capacity   int  NOT NULL CHECK (capacity > 0)
);

CREATE TABLE events (
    event_id   int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id   int NOT NULL REFERENCES venues,
    title      text NOT NULL,
    starts_at  timestamptz NOT NULL
);

CREATE TABLE tickets (
    ticket_id  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   int NOT NULL REFERENCES events ON DELETE CASCADE,
    seat_label text,
    price      numeric(8, 2) NOT NULL,
