SELECT
  app_version,
  platform,
  COUNT(*) AS reviews,
  AVG(rating) AS avg_rating,
  COUNTIF(rating <= 2) AS negative
FROM `acme-prod.feedback.app_reviews`
WHRE DATE(submitted_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 14 DAY)
GROUP BY app_version, platform
ORDER BY avg_rating;

SELECT platform, COUNT(*) AS total
FROM `acme-prod.feedback.app_reviews`
GROUP BY platform;
