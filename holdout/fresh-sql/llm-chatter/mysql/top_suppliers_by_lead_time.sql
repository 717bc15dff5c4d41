Sure! Here's a query that ranks suppliers by their average lead time:

SELECT s.`supplier_name`,
       COUNT(po.`po_id`) AS purchase_orders,
       AVG(DATEDIFF(po.`received_on`, po.`ordered_on`)) AS avg_lead_days,
       RANK() OVER (ORDER BY AVG(DATEDIFF(po.`received_on`, po.`ordered_on`))) AS lead_rank
FROM `procurement`.`purchase_orders` po
JOIN `procurement`.`suppliers` s ON s.`supplier_id` = po.`supplier_id`
WHERE po.`received_on` IS NOT NULL
  AND po.`ordered_on` >= '2026-01-01'
GROUP BY s.`supplier_name`
ORDER BY lead_rank;
