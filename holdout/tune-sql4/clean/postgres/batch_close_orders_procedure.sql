CREATE OR REPLACE PROCEDURE app.close_stale_orders(p_batch int DEFAULT 500)
LANGUAGE plpgsql
AS $$
DECLARE
    v_done int;
BEGIN
    LOOP
        UPDATE app.orders SET status = 'closed'
        WHERE id IN (SELECT id FROM app.orders
                     WHERE status = 'pending' AND placed_at < now() - interval '30 days'
                     LIMIT p_batch);
        GET DIAGNOSTICS v_done = ROW_COUNT;
        EXIT WHEN v_done = 0;
        COMMIT;
    END LOOP;
END;
$$;

CALL app.close_stale_orders(1000);

CREATE OR REPLACE FUNCTION app.order_count(p_customer bigint)
RETURNS bigint
LANGUAGE sql
BEGIN ATOMIC
    SELECT count(*) FROM app.orders WHERE customer_id = p_customer;
END;

DO $$
BEGIN
    RAISE NOTICE '%', format('TODO list: %s pending orders remain', (SELECT count(*) FROM app.orders WHERE status = 'pending'));
END
$$;
