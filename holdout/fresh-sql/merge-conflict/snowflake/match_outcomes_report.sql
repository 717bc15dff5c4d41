-- Win rate by hero for ranked matches
<<<<<<< HEAD
SELECT hero_name,
       COUNT(*) AS picks,
       AVG(IFF(won, 1, 0)) AS win_rate
=======
SELECT hero_name,
       patch_version,
       COUNT(*) AS picks,
       AVG(IFF(won, 1, 0)) AS win_rate,
       AVG(kills + assists) / NULLIF(AVG(deaths), 0) AS kda
>>>>>>> feature/x
FROM game.mart.match_participants
WHERE queue_type = 'ranked'
  AND match_ts >= DATEADD(day, -14, CURRENT_DATE())
GROUP BY ALL
HAVING picks >= 100
ORDER BY win_rate DESC;
