SET SERVEROUTPUT ON

DECLARE
    TYPE t_ids IS TABLE OF oe.orders.order_id%TYPE;
    v_ids   t_ids;
    e_bulk  EXCEPTION;
    PRAGMA EXCEPTION_INIT(e_bulk, -24381);
    CURSOR c_old IS
        SELECT order_id FROM oe.orders WHERE order_date < ADD_MONTHS(SYSDATE, -84);
BEGIN
    OPEN c_old;
    LOOP
        FETCH c_old BULK COLLECT INTO v_ids LIMIT 1000;
        EXIT WHEN v_ids.COUNT = 0;
        FORALL i IN 1 .. v_ids.COUNT SAVE EXCEPTIONS
            INSERT INTO oe.orders_archive SELECT * FROM oe.orders WHERE order_id = v_ids(i);
        FORALL i IN 1 .. v_ids.COUNT
            DELETE FROM oe.orders WHERE order_id = v_ids(i);
        COMMIT;
    END LOOP;
    CLOSE c_old;
    DBMS_OUTPUT.PUT_LINE(q'[Archive done - rest of the cleanup runs tomorrow]');
EXCEPTION
    WHEN e_bulk THEN
        DBMS_OUTPUT.PUT_LINE('Bulk errors: ' || SQL%BULK_EXCEPTIONS.COUNT);
        ROLLBACK;
END;
/