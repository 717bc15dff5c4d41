-- Shopping list app: lists and items
CREATE TABLE lists (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE items (
    id       INTEGER PRIMARY KEY,
    list_id  INTEGER NOT NULL REFERENCES lists(id),
    label    TEXT NOT NULL,
    qty      INTEGER NOT NULL DEFAULT 1
);

INSERT INTO lists (id, name) VALUES (1, 'Weekly groceries');

INSERT INTO items (list_id, label, qty) VALUES
    (1, 'Coffee beans', 1),
    (1, 'Apples', 6),
    (1, 'Oat mi