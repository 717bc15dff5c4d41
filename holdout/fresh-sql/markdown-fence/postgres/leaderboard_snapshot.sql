-- Nightly leaderboard snapshot for ranked mode
INSERT INTO game.leaderboard_snapshots (season_id, player_id, rank, rating, taken_at)
SELECT r.season_id,
       r.player_id,
       dense_rank() OVER (PARTITION BY r.season_id ORDER BY r.rating DESC),
       r.rating,
       now()
FROM game.ranked_ratings r
JOIN game.seasons s ON s.season_id = r.season_id
WHERE s.is_current
  AND r.matches_played >= 10;

DELETE FROM game.leaderboard_snapshots
WHERE taken_at < now() - interval '90 days';
```
