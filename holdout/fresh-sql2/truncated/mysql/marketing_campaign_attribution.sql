CREATE TABLE IF NOT EXISTS touches (
    visitor_id  VARCHAR(36) NOT NULL,
    campaign    VARCHAR(60) NOT NULL,
    touched_at  DATETIME NOT NULL
);

CREATE TABLE IF NOT EXISTS conversions (
    visitor_id   VARCHAR(36) NOT NULL,
    converted_at DATETIME NOT NULL,
    revenue      DECIMAL(10,2) NOT NULL
);

SELECT t.campaign,
       COUNT(DISTINCT c.visitor_id) AS conversions,
       SUM(c.revenue)               AS revenue
FROM conversions c
JOIN touches t
  ON t.visitor_id = c.visitor_id
 AND t.touched_at <= c.converted_at
WHERE t.touched_at = (
    SELECT MAX(t2.touched_at)
    FROM touches t2
    WHERE t2.visitor_id = c.visitor_id
      AND t2.touched_at <= c.converted_at
