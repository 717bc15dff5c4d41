Sure! Here's the query:

```sql
SELECT r.id AS rental_id,
       c.email,
       r.due_back,
       r.returned_at,
       greatest(0, (coalesce(r.returned_at, now())::date - r.due_back)) AS days_late,
       greatest(0, (coalesce(r.returned_at, now())::date - r.due_back)) * f.daily_fee AS late_fee
FROM rentals.rentals r
JOIN rentals.customers c ON c.id = r.customer_id
JOIN rentals.fee_schedule f ON f.category = r.category
WHERE r.due_back < current_date
  AND (r.returned_at IS NULL OR r.returned_at::date > r.due_back)
ORDER BY late_fee DESC;
```
