-- Tracks in each playlist with album info
CREATE TABLE IF NOT EXISTS albums (id INTEGER PRIMARY KEY, title TEXT, artist TEXT);
CREATE TABLE IF NOT EXISTS tracks (id INTEGER PRIMARY KEY, album_id INTEGER, title TEXT, duration_ms INTEGER);
CREATE TABLE IF NOT EXISTS playlist_items (playlist_id INTEGER, track_id INTEGER, position INTEGER);

SELECT
    pi.playlist_id,
    pi.position,
    tr.title,
    al.artist,
    tr.duration_ms / 1000 AS seconds
FROM playlist_items pi
JION tracks tr ON tr.id = pi.track_id
JOIN albums al ON al.id = tr.album_id
ORDER BY pi.playlist_id, pi.position;

SELECT playlist_id, SUM(duration_ms) / 60000 AS minutes FROM playlist_items JOIN tracks ON tracks.id = track_id GROUP BY playlist_id;
