CREATE TABLE `employees` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `employee_no` VARCHAR(16) NOT NULL,
  `full_name` VARCHAR(200) NOT NULL,
  `hired_on` DATE NOT NULL,
  `department_id` SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_employee_no` (`employee_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `payslips` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `employee_id` INT UNSIGNED NOT NULL,
  `period_start` DATE NOT NULL,
  `period_end` DATE NOT NULL,
  `gross_pay` DECIMAL(12,2) NOT NULL,
  `tax_withheld` DECIMAL(12,2) NOT NULL DEFAULT 0.00,
