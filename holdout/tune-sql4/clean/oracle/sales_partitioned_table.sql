CREATE TABLE sales.sales_fact (
    sale_id      NUMBER(12)     NOT NULL,
    sale_date    DATE           NOT NULL,
    store_id     NUMBER(6)      NOT NULL,
    product_id   NUMBER(10)     NOT NULL,
    amount       NUMBER(12, 2)  NOT NULL,
    CONSTRAINT pk_sales_fact PRIMARY KEY (sale_id)
)
PARTITION BY RANGE (sale_date)
INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
(PARTITION p_before_2024 VALUES LESS THAN (DATE '2024-01-01'));

-- Here is the store summary used by the regional managers.
SELECT
    s.store_id,
    SUM(s.amount)                                                     AS revenue,
    RATIO_TO_REPORT(SUM(s.amount)) OVER ()                            AS revenue_share,
    MAX(s.product_id) KEEP (DENSE_RANK LAST ORDER BY s.amount)        AS top_product,
    LISTAGG(DISTINCT TO_CHAR(s.sale_date, 'DY'), ',') WITHIN GROUP (ORDER BY TO_CHAR(s.sale_date, 'DY')) AS sale_days
FROM sales.sales_fact s
WHERE s.sale_date >= TRUNC(SYSDATE, 'MM')
GROUP BY s.store_id
ORDER BY revenue DESC
FETCH FIRST 10 ROWS ONLY;
