```sql
SELECT w.`code` AS warehouse,
       p.`sku`,
       s.`on_hand`,
       s.`reorder_point`,
       s.`reorder_point` * 2 - s.`on_hand` AS suggested_qty
FROM `stock` s
JOIN `products` p ON p.`id` = s.`product_id`
JOIN `warehouses` w ON w.`id` = s.`warehouse_id`
WHERE s.`on_hand` < s.`reorder_point`
  AND p.`discontinued` = 0
ORDER BY w.`code`, suggested_qty DESC;
```
