CREATE TABLE IF NOT EXISTS subscribers (
    subscriber_id INT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(190) NOT NULL UNIQUE,
    bounces       INT NOT NULL DEFAULT 0,
    status        VARCHAR(12) NOT NULL DEFAULT 'active'
);

CREATE TABLE IF NOT EXISTS bounce_events (
    email      VARCHAR(190) NOT NULL,
    hard       BOOLEAN NOT NULL,
    bounced_at DATETIME NOT NULL
);

UPDATE subscribers s
UPDATE subscribers s
JOIN (
    SELECT email, COUNT(*) AS hard_bounces
    FROM bounce_events
    WHERE hard = TRUE
    GROUP BY email
) b ON b.email = s.email
SET s.bounces = s.bounces + b.hard_bounces,
    s.status  = IF(s.bounces + b.hard_bounces >= 3, 'suppressed', s.status);
