CREATE TABLE players (
    player_id INTEGER PRIMARY KEY,
    handle    TEXT NOT NULL UNIQUE,
    rating    INTEGER NOT NULL DEFAULT 1200,
    joined_on TEXT NOT NULL
);

INSERT INTO players (handle, rating, joined_on) VALUES
    ('knightrider', 1650, '2021-02-11'),
    ('pawnstorm',   1420, '2021-03-02'),
    ('castle_q',    1880, '2022-01-19'),
    -- rows 4-250 omitted for brevity
    ('endgame_ed',  1505, '2024-02-28');

CREATE INDEX players_rating_idx ON players (rating DESC);

SELECT handle, rating FROM players ORDER BY rating DESC LIMIT 10;
