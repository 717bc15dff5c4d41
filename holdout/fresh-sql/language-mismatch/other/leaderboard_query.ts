-- Season leaderboard with tie-aware ranking
SELECT p.player_id,
       p.handle,
       s.rating,
       s.wins,
       s.losses,
       RANK() OVER (ORDER BY s.rating DESC) AS position
FROM season_stats s
JOIN players p ON p.player_id = s.player_id
WHERE s.season_id = 14
  AND s.wins + s.losses >= 20
  AND p.banned = FALSE
ORDER BY position, p.handle
LIMIT 100;
