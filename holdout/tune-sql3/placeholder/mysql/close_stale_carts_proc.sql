DELIMITER $$

DROP PROCEDURE IF EXISTS close_stale_carts $$
CREATE PROCEDURE close_stale_carts(IN p_days INT)
BEGIN
    DECLARE v_cutoff DATETIME;
    SET v_cutoff = NOW() - INTERVAL p_days DAY;

    UPDATE carts
    SET status = 'abandoned',
        updated_at = NOW()
    WHERE status = 'open'
      AND updated_at < v_cutoff;

    ...

    INSERT INTO job_runs (job_name, finished_at, rows_affected)
    VALUES ('close_stale_carts', NOW(), ROW_COUNT());
END $$

DELIMITER ;
