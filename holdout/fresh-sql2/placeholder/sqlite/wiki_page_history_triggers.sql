CREATE TABLE pages (
    page_id   INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    content   TEXT NOT NULL,
    revision  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE page_history (
    page_id   INTEGER NOT NULL,
    revision  INTEGER NOT NULL,
    content   TEXT NOT NULL,
    saved_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER pages_history_au
AFTER UPDATE OF content ON pages
BEGIN
    INSERT INTO page_history (page_id, revision, content)
    VALUES (OLD.page_id, OLD.revision, OLD.content);
    UPDATE pages SET revision = OLD.revision + 1 WHERE page_id = OLD.page_id;
END;

-- (add the matching triggers for INSERT and DELETE in the same way)
