Here's the BigQuery SQL:

```sql
SELECT
  item.item_id,
  item.item_name,
  SUM(item.quantity) AS units,
  SUM(item.item_revenue) AS revenue
FROM `acme-analytics.analytics_301234567.events_20261201`,
  UNNEST(items) AS item
WHERE event_name = 'purchase'
GROUP BY item.item_id, item.item_name
ORDER BY revenue DESC
LIMIT 50;
```
