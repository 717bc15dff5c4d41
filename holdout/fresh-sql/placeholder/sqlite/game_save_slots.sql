-- Save-slot storage for the single-player game client
CREATE TABLE save_slots (
    slot        INTEGER PRIMARY KEY CHECK (slot BETWEEN 1 AND 10),
    player_name TEXT NOT NULL,
    level_id    TEXT NOT NULL,
    playtime_s  INTEGER NOT NULL DEFAULT 0,
    saved_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO save_slots (slot, player_name, level_id, playtime_s) VALUES
    (1, 'Aria', 'forest_02', 5230),
    (2, 'Aria', 'caves_01', 1210),
...
    (10, 'Test', 'tutorial', 0);

SELECT slot, player_name, level_id FROM save_slots ORDER BY saved_at DESC;
