DELIMITER $$

CREATE PROCEDURE `pay_vendor_invoices`(IN p_run_date DATE)
BEGIN
  UPDATE `vendor_invoices`
  SET `status` = 'scheduled',
      `scheduled_for` = p_run_date
<<<<<<< HEAD
  WHERE `status` = 'approved'
    AND `due_date` <= p_run_date + INTERVAL 3 DAY;
=======
  WHERE `status` IN ('approved', 'partially_paid')
    AND `due_date` <= p_run_date;
>>>>>>> payments-partial
  INSERT INTO `payment_runs` (`run_date`, `created_at`) VALUES (p_run_date, NOW());
END$$

DELIMITER ;
