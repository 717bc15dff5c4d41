CREATE TABLE playlists (name VARCHAR, track_ids INTEGER[]);
CREATE TABLE tracks (track_id INTEGER, title VARCHAR, seconds INTEGER);

INSERT INTO playlists VALUES ('focus', [1, 2, 3]), ('run', [2, 4]);
INSERT INTO tracks VALUES (1, 'Intro', 95), (2, 'Drive', 240), (3, 'Calm', 310), (4, 'Sprint', 180);

SELECT p.name,
       len(p.track_ids) AS n_tracks,
       [x * 10 FOR x IN p.track_ids AS scaled_ids,
       list_sum(list_transform(p.track_ids, lambda id: id)) AS id_sum
FROM playlists p
ORDER BY p.name;
