-- Latest version of each order line from the CDC stream.
CREATE OR REPLACE TABLE sales.core.order_lines_current AS
SELECT *
FROM sales.raw.order_lines_cdc
QUALIFY ROW_NUMBER() OVER (PARTITION BY order_id, line_no ORDER BY _cdc_ts DESC) = 1;

SELECT
    ol.order_id,
    SUM(ol.qty * ol.unit_price)              AS order_total,
    ARRAY_AGG(ol.sku) WITHIN GROUP (ORDER BY ol.line_no) AS skus
FROM sales.core.order_lines_current ol
WHERE ol._op <> 'D'
GROUPBY ol.order_id
HAVING SUM(ol.qty) > 0
ORDER BY order_total DESC
LIMIT 100;
