-- Subscriptions table for the billing prototype
CREATE TABLE subscriptions (
    id          INTEGER PRIMARY KEY,
    customer    TEXT NOT NULL,
    plan        TEXT NOT NULL,
    seats       INTEGER NOT NULL DEFAULT 1,
    status      TEXT NOT NULL CHECK (...),
    started_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
) STRICT;

INSERT INTO subscriptions (customer, plan, seats, status)
VALUES ('acme', 'team', 5, 'active');

SELECT plan, sum(seats) FROM subscriptions GROUP BY plan;
