-- Recipe app local schema
CREATE TABLE recipes (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    servings    INTEGER NOT NULL DEFAULT 2,
    prep_min    INTEGER,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE ingredients (
    id          INTEGER PRIMARY KEY,
    recipe_id   INTEGER NOT NULL REFERENCES recipes(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    quantity    REAL,
    unit        TEXT
);

-- (same for the other tables: steps, tags, recipe_tags)

CREATE INDEX ingredients_recipe_idx ON ingredients (recipe_id);
