CREATE OR REPLACE PROCEDURE finance.compute_refund_rate(start_date DATE, end_date DATE)
RETURNS FLOAT
LANGUAGE SQL
AS
$$
DECLARE
    refunds NUMBER DEFAULT 0;
    orders  NUMBER DEFAULT 0;
BEGIN
    SELECT COUNT(*) INTO :orders
    FROM sales.orders
    WHERE order_date BETWEEN :start_date AND :end_date;

    SELECT COUNT(*) INTO :refunds
    FROM sales.refunds
    WHERE refund_date BETWEEN :start_date AND :end_date;

    IF (orders = 0) THEN
