-- Recompute Elo deltas for yesterday's tournament matches
SELECT m.match_id,
       m.winner_id,
       m.loser_id,
       32 * (1 - 1 / (1 + POW(10, (lr.elo - wr.elo) / 400))) AS winner_delta
FROM `gamestream-prod.esports.matches` AS m
JOIN `gamestream-prod.esports.ratings` AS wr ON wr.player_id = m.winner_id
JOIN `gamestream-prod.esports.ratings` AS lr ON lr.player_id = m.loser_id
WHERE m.tournament_id = 'WINTER-CUP-2026'
  AND DATE(m.played_at) = DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY)
  AND m.status = 'final'
  AND m.played_at > TIMESTAMP_SUB(CURRENT_TIMESTTIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 2 DAY)
ORDER BY winner_delta DESC;
