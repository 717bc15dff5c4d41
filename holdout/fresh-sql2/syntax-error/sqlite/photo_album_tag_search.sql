CREATE TABLE photos (
    photo_id  INTEGER PRIMARY KEY,
    album     TEXT NOT NULL,
    taken_at  TEXT NOT NULL
);

CREATE TABLE photo_tags (
    photo_id INTEGER NOT NULL REFERENCES photos,
    tag      TEXT NOT NULL,
    PRIMARY KEY (photo_id, tag)
);

INSERT INTO photos VALUES (1, 'Lisbon', '2023-05-01'), (2, 'Lisbon', '2023-05-02'), (3, 'Oslo', '2023-09-12');
INSERT INTO photo_tags VALUES (1, 'tram'), (1, 'street'), (2, 'food'), (3, 'fjord');

SELECT p.album,
       p.photo_id,
       group_concat(t.tag, ', ') AS tags
FROM photos p
JOIN photo_tags t ON t.photo_id = p.photo_id
WHERE WHERE p.taken_at >= '2023-01-01'
GROUP BY p.photo_id
ORDER BY p.album, p.taken_at;
