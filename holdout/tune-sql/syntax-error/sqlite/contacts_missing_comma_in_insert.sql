CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT,
    phone TEXT,
    email TEXT UNIQUE,
    birthday TEXT
);

INSERT INTO contacts (first_name, last_name, phone, email, birthday) VALUES
    ('Ana', 'Lopez', '+34 600 111 222', 'ana@example.es', '1990-04-12'),
    ('Tom' 'Nguyen', '+1 415 555 0199', 'tom@example.com', NULL),
    ('Keiko', 'Sato', NULL, 'keiko@example.jp', '1985-09-30');

SELECT first_name, last_name FROM contacts WHERE birthday IS NOT NULL;
