-- Room booking schema for the office app
CREATE TABLE rooms (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    `floor number  INTEGER NOT NULL,
    capacity      INTEGER NOT NULL CHECK (capacity > 0)
);

CREATE TABLE bookings (
    id         INTEGER PRIMARY KEY,
    room_id    INTEGER NOT NULL REFERENCES rooms(id),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL
);

INSERT INTO rooms (name, `floor number`, capacity) VALUES ('Atlas', 2, 8), ('Borealis', 3, 4);

SELECT name, capacity FROM rooms ORDER BY capacity DESC;
