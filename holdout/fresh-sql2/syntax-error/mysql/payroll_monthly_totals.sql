CREATE TABLE IF NOT EXISTS payslips (
    payslip_id  INT AUTO_INCREMENT PRIMARY KEY,
    employee_id INT NOT NULL,
    period      CHAR(7) NOT NULL,
    gross       DECIMAL(10,2) NOT NULL,
    tax         DECIMAL(10,2) NOT NULL,
    pension     DECIMAL(10,2) NOT NULL DEFAULT 0
);

SELECT period,
       COUNT(DISTINCT employee_id) AS headcount,
       SUM(gross)                  AS gross_total,
       SUM(tax)                    AS tax_total
       SUM(pension)                AS pension_total,
       SUM(gross - tax - pension)  AS net_total
FROM payslips
GROUP BY period
ORDER BY period;
