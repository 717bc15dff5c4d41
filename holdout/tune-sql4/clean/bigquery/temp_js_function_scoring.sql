-- Lead scoring with a temporary JS function.
CREATE TEMP FUNCTION score_lead(visits INT64, downloads INT64, title STRING)
RETURNS FLOAT64
LANGUAGE js AS r"""
  // TODO: replace with the model output once it ships ...
  var s = 0.0;
  s += Math.min(visits, 20) * 1.5;
  s += downloads * 4;
  if (title && /director|vp|head/i.test(title)) { s += 10; }
  return s;
""";

SELECT
  l.lead_id,
  l.company,
  score_lead(l.visits_30d, l.downloads_30d, l.job_title) AS score
FROM `acme-analytics.crm.leads` AS l
WHERE l.created_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 30 DAY)
ORDER BY score DESC
LIMIT 100;
