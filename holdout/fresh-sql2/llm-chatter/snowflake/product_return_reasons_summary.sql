Below is the Snowflake SQL to summarise return reasons by product category for the last quarter.

SELECT p.category,
       r.reason_code,
       COUNT(*)                                            AS returns,
       RATIO_TO_REPORT(COUNT(*)) OVER (PARTITION BY p.category) AS share_in_category
FROM sales.returns AS r
JOIN sales.products AS p ON p.product_id = r.product_id
WHERE r.returned_at >= DATEADD('quarter', -1, DATE_TRUNC('quarter', CURRENT_DATE()))
  AND r.returned_at <  DATE_TRUNC('quarter', CURRENT_DATE())
GROUP BY p.category, r.reason_code
ORDER BY p.category, returns DESC;

A few notes:
- `RATIO_TO_REPORT` gives each reason's share within its category without a second query.
- The date filter covers exactly the previous calendar quarter.
- If you need fiscal quarters instead, swap the DATE_TRUNC for a join to your calendar table.
