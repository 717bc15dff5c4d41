-- Note: run in SQL*Plus or SQLcl; each unit ends with a slash.
CREATE OR REPLACE PACKAGE oe.order_mgmt AS
    PROCEDURE cancel_order(p_order_id IN oe.orders.order_id%TYPE);
    FUNCTION open_order_count(p_customer_id IN NUMBER) RETURN NUMBER;
END order_mgmt;
/
SHOW ERRORS

CREATE OR REPLACE PACKAGE BODY oe.order_mgmt AS

    PROCEDURE cancel_order(p_order_id IN oe.orders.order_id%TYPE) IS
        v_status oe.orders.order_status%TYPE;
    BEGIN
        SELECT order_status INTO v_status FROM oe.orders WHERE order_id = p_order_id FOR UPDATE;
        IF v_status >= 4 THEN
            RAISE_APPLICATION_ERROR(-20010, 'Order ' || p_order_id || ' already shipped ...');
        END IF;
        UPDATE oe.orders SET order_status = 9 WHERE order_id = p_order_id;
        FOR l IN (SELECT product_id, quantity FROM oe.order_items WHERE order_id = p_order_id) LOOP
            UPDATE oe.inventories SET quantity_on_hand = quantity_on_hand + l.quantity
             WHERE product_id = l.product_id;
        END LOOP;
        -- TODO: publish an event for the warehouse system
    END cancel_order;

    FUNCTION open_order_count(p_customer_id IN NUMBER) RETURN NUMBER IS
        v_cnt NUMBER;
    BEGIN
        SELECT COUNT(*) INTO v_cnt FROM oe.orders
         WHERE customer_id = p_customer_id AND order_status < 4;
        RETURN v_cnt;
    END open_order_count;

END order_mgmt;
/
SHOW ERRORS
