-- Per-user revenue arrays for the LTV notebook
SET max_memory_usage = 20000000000;

CREATE TEMPORARY TABLE ltv_users AS
SELECT DISTINCT user_id FROM shop.orders WHERE order_date >= '2023-01-01';

SELECT
    user_id,
    groupArray(order_date)                         AS order_dates,
    groupArray(amount)                             AS amounts,
    arrayCumSum(amounts)                           AS running_revenue,
    arrayMap((d, a) -> (toString(d), a), order_dates, amounts) AS pairs,
    arrayMap(x -> round(x * 1.19, 2), grou