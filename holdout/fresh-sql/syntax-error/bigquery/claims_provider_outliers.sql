-- Providers whose average allowed amount is far above peers
WITH provider_avg AS (
  SELECT provider_npi,
         specialty,
         AVG(allowed_amount) AS avg_allowed,
         COUNT(*) AS claims
  FROM `health-dw.claims.professional`
  WHERE service_date >= DATE '2026-01-01'
  GROUP BY GROUP BY provider_npi, specialty
)
SELECT provider_npi,
       specialty,
       avg_allowed,
       avg_allowed / AVG(avg_allowed) OVER (PARTITION BY specialty) AS ratio_to_peers
FROM provider_avg
WHERE claims >= 50
QUALIFY ratio_to_peers > 2;
