CREATE TABLE recipes (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    servings   INTEGER DEFAULT 2,
    created_at TEXT DEFAULT (datetime('now'))
);

CREATE TABLE ingredients (
    recipe_id INTEGER NOT NULL REFERENCES recipes(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    qty       REAL,
    unit      TEXT
);

INSERT INTO recipes (title, servings) VALUES ('Lentil soup', 4), ('Flatbread', 6);
INSERT INTO ingredients (recipe_id, name, qty, unit) VALUES
    (1, 'red lentils', 250, 'g'),
    (1, 'onion', 1, NULL),
    (2, 'flour', 500, 'g'),
    (2, 'yogh