SELECT
  agent_id,
  COUNT(*) AS surveys,
  AVG(score) AS avg_score,
  COUNTIF(score >= 4) / COUNT(*) AS pct_satisfied
FROM `support-prod.cx.csat_responses`
WHERE channel IN ('chat', 'email)
  AND DATE(responded_at) >= '2024-04-01'
GROUP BY agent_id
HAVING COUNT(*) >= 10
ORDER BY avg_score DESC;
