CREATE OR REPLACE PACKAGE BODY sales.order_totals AS

    FUNCTION order_total(p_order_id IN NUMBER) RETURN NUMBER IS
        v_total NUMBER := 0;
    BEGIN
        SELECT NVL(SUM(quantity * unit_price), 0)
          INTO v_total
          FROM sales.order_items
         WHERE order_id = p_order_id;
        RETURN v_total;
    END order_total;

    PROCEDURE refresh_totals(p_since IN DATE) IS
    BEGIN
        FOR r IN (SELECT order_id FROM sales.orders WHERE order_date >= p_since) LOOP
            UPDATE sales.orders
               SET order_total = order_total(r.order_id)
             WHERE order_id = r.order_id;
        END LOOP;
