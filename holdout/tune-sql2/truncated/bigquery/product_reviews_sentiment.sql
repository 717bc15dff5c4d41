CREATE OR REPLACE TABLE `acme-shop.reviews.daily_sentiment`
PARTITION BY review_date AS
SELECT
  DATE(created_at) AS review_date,
  product_id,
  COUNT(*) AS reviews,
  AVG(rating) AS avg_rating,
  COUNTIF(rating <= 2) AS negative,
  ARRAY_AGG(STRUCT(review_id, rating, LEFT(body, 140) AS snippet)
            ORDER BY created_at DESC LIMIT 3) AS latest
FROM `acme-shop.reviews.raw_reviews`
WHERE DATE(created_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY)
GROUP BY review_date, product_id;

SELECT product_id, SUM(negative) / SUM(reviews) AS neg_share
FROM `acme-shop.reviews.daily_sentiment`
WHERE review_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 7 DA