CREATE TABLE lockers (
    locker_id   INTEGER PRIMARY KEY,
    site_code   TEXT NOT NULL,
    size        TEXT NOT NULL CHECK (size IN ('S', 'M', 'L')),
    -- <other fields from the old schema>
    out_of_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE deposits (
    deposit_id  INTEGER PRIMARY KEY,
    locker_id   INTEGER NOT NULL REFERENCES lockers,
    pin         TEXT NOT NULL,
    placed_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    collected_at TEXT
);

CREATE INDEX deposits_open_idx ON deposits (locker_id) WHERE collected_at IS NULL;
