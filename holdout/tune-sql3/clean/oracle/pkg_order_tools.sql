-- Note: SQL*Plus script; each PL/SQL unit is terminated by a '/' line.
CREATE OR REPLACE PACKAGE pkg_order_tools AS
    TYPE t_id_tab IS TABLE OF orders.order_id%TYPE;
    PROCEDURE cancel_stale(p_days IN PLS_INTEGER DEFAULT 30);
    FUNCTION open_count(p_customer_id IN NUMBER) RETURN PLS_INTEGER;
END pkg_order_tools;
/

CREATE OR REPLACE PACKAGE BODY pkg_order_tools AS

    PROCEDURE cancel_stale(p_days IN PLS_INTEGER DEFAULT 30) IS
        v_ids t_id_tab;
    BEGIN
        SELECT order_id BULK COLLECT INTO v_ids
        FROM orders
        WHERE status = 'PENDING'
          AND created_at < SYSDATE - p_days;

        FORALL i IN 1 .. v_ids.COUNT
            UPDATE orders SET status = 'CANCELLED' WHERE order_id = v_ids(i);

        -- TODO: notify customers; the rest of the flow is unchanged
        DBMS_OUTPUT.PUT_LINE('cancelled ' || v_ids.COUNT || ' orders');
    EXCEPTION
        WHEN OTHERS THEN
            ROLLBACK;
            RAISE;
    END cancel_stale;

    FUNCTION open_count(p_customer_id IN NUMBER) RETURN PLS_INTEGER IS
        v_n PLS_INTEGER;
    BEGIN
        SELECT COUNT(*) INTO v_n FROM orders
        WHERE customer_id = p_customer_id AND status = 'OPEN';
        RETURN v_n;
    END open_count;

END pkg_order_tools;
/

SHOW ERRORS
