CREATE TABLE plants (
    plant_id     INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    room         TEXT NOT NULL,
    every_days   INTEGER NOT NULL CHECK (every_days > 0),
    last_watered TEXT
);

INSERT INTO plants (name, room, every_days, last_watered) VALUES
    ('Monstera', 'living', 7, '2024-04-01'),
    ('Cactus',   'office', 21, '2024-03-10'),
    ('Basil',    'kitchen', 2, '2024-04-05');

SELECT name,
       room,
       date(last_watered, '+' || every_days || ' days') AS next_due
FROM plants
WHERE date(last_watered, '+' || every_days || ' days') <= date('now')
  AND
