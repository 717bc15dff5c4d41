-- Attribute orders to the last ad click within 7 days
SELECT
    o.order_id,
    o.customer_id,
    o.order_total,
    c.campaign_id,
    c.clicked_at
FROM sales.orders o
LEFT JION marketing.ad_clicks c
    ON c.customer_id = o.customer_id
   AND c.clicked_at BETWEEN DATEADD(day, -7, o.ordered_at) AND o.ordered_at
WHERE o.ordered_at >= DATEADD(day, -30, GETDATE());

SELECT campaign_id, SUM(spend) AS spend_30d
FROM marketing.ad_spend
WHERE spend_date >= DATEADD(day, -30, GETDATE())
GROUP BY campaign_id;
