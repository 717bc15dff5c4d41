-- Inventory turnover per product category, trailing 12 months
SELECT pc.[category_name],
       SUM(s.[cogs]) AS [cogs_12m],
       AVG(i.[inventory_value]) AS [avg_inventory]
       SUM(s.[cogs]) / NULLIF(AVG(i.[inventory_value]), 0) AS [turnover]
FROM [erp].[sales_lines] AS s
JOIN [erp].[products] AS p ON p.[product_id] = s.[product_id]
JOIN [erp].[product_categories] AS pc ON pc.[category_id] = p.[category_id]
JOIN [erp].[inventory_monthly] AS i ON i.[product_id] = p.[product_id]
WHERE s.[invoice_date] >= DATEADD(MONTH, -12, GETDATE())
GROUP BY pc.[category_name]
ORDER BY [turnover] DESC;
