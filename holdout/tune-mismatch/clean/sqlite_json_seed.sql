-- sqlfluff:dialect:sqlite
-- Local seed data for the notes app (SQLite).
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta))
);

INSERT INTO notes (title, body, meta) VALUES
  ('Shopping', '- milk
- eggs
- coffee beans', '{"tags": ["home"], "pinned": true}'),
  ('Meeting notes', '## Agenda
1. Roadmap
2. Hiring

**Action:** send summary by Friday', '{"tags": ["work"], "pinned": false, "attendees": 4}'),
  ('Snippet', 'def greet(name):
    return f"Hello, {name}!"', '{"tags": ["code", "python"]}');

SELECT title, json_extract(meta, '$.tags[0]') AS first_tag
FROM notes
WHERE json_extract(meta, '$.pinned') = 1;
