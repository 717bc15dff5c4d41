-- Notes per tag for the sidebar counts
CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, archived INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS note_tags (note_id INTEGER, tag_id INTEGER, PRIMARY KEY (note_id, tag_id));

SELECT
    t.name,
    COUNT(nt.note_id) AS note_count,
    MAX(n.id) AS newest_note_id,
FROM tags t
LEFT JOIN note_tags nt ON nt.tag_id = t.id
LEFT JOIN notes n ON n.id = nt.note_id AND n.archived = 0
GROUP BY t.name
ORDER BY note_count DESC, t.name;

SELECT COUNT(*) FROM notes WHERE archived = 1;
