\set ON_ERROR_STOP on
CREATE TABLE articles (
    article_id  int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       text NOT NULL,
    body        text NOT NULL,
    lang        regconfig NOT NULL DEFAULT 'english',
    search_doc  tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector(lang, title), 'A') ||
                    setweight(to_tsvector(lang, body), 'B')
                ) STORED
);

CREATE INDEX articles_search_idx ON articles USING gin (search_doc);

INSERT INTO articles (title, body) VALUES
    ('Resetting your password', 'Open Settings, then Security... and choose Reset.'),
    ('Exporting invoices',      'Invoices can be exported as CSV or PDF.'),
    ('Password policy',         'Passwords must contain at least twelve characters.');

PREPARE kb_search(text) AS
SELECT article_id,
       title,
       ts_rank_cd(search_doc, q)                         AS rank,
       ts_headline('english', body, q, 'MaxWords=20, MinWords=5')    AS snippet
FROM articles, websearch_to_tsquery('english', $1) AS q
WHERE search_doc @@ q
ORDER BY rank DESC
LIMIT 10;

EXECUTE kb_search('password -policy');
EXECUTE kb_search('"export invoices"');

DEALLOCATE kb_search;
