CREATE OR REPLACE TEMP VIEW playlists AS
SELECT * FROM VALUES
  ('p1', array(180, 240, 200)),
  ('p2', array(95, 310))
AS playlists(playlist_id, track_seconds);

SELECT playlist_id,
       size(track_seconds)                                   AS tracks,
       transform(track_seconds, s -> round(s / 60.0, 1)       AS track_minutes,
       aggregate(track_seconds, 0, (acc, s) -> acc + s)      AS total_seconds
FROM playlists
ORDER BY total_seconds DESC;
