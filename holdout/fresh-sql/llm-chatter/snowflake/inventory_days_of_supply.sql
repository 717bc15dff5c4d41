Sure! Here's the query:

SELECT i.sku,
       i.warehouse_code,
       i.on_hand_units,
       AVG(d.units_shipped) AS avg_daily_demand,
       i.on_hand_units / NULLIF(AVG(d.units_shipped), 0) AS days_of_supply
FROM supply.mart.inventory_snapshot i
JOIN supply.mart.daily_shipments d
  ON d.sku = i.sku AND d.warehouse_code = i.warehouse_code
WHERE d.ship_date >= DATEADD(day, -28, CURRENT_DATE())
GROUP BY i.sku, i.warehouse_code, i.on_hand_units
HAVING days_of_supply < 7
ORDER BY days_of_supply;

Hope this helps!
