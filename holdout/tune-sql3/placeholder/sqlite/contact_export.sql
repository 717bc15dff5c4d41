-- Export contacts for the CSV download
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY,
    first_name TEXT,
    last_name TEXT,
    email TEXT,
    phone TEXT,
    company TEXT
);

SELECT
    id,
    first_name,
    last_name,
    [...],
    company
FROM contacts
ORDER BY last_name, first_name;
