CREATE TABLE parking_sessions (
    session_id   UUID DEFAULT uuid(),
    plate        VARCHAR NOT NULL,
    zone         VARCHAR NOT NULL,
    started_at   TIMESTAMP NOT NULL
    ended_at     TIMESTAMP,
    fee_cents    INTEGER
);

INSERT INTO parking_sessions (plate, zone, started_at, ended_at, fee_cents) VALUES
    ('AB-123-C', 'Z1', TIMESTAMP '2024-02-01 08:00', TIMESTAMP '2024-02-01 10:30', 750),
    ('XY-987-Z', 'Z2', TIMESTAMP '2024-02-01 09:15', NULL, NULL);

FROM parking_sessions SELECT zone, count(*) AS sessions GROUP BY ALL;
