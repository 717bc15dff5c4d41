CREATE TABLE IF NOT EXISTS vendor_invoices (
    invoice_id  INT PRIMARY KEY,
    vendor_id   INT NOT NULL,
    due_date    DATE NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    paid_amount DECIMAL(12,2) NOT NULL DEFAULT 0
);

SELECT vendor_id,
       SUM(CASE WHEN DATEDIFF(CURDATE(), due_date) <= 0 THEN amount - paid_amount ELSE 0 END)  AS current_due,
       SUM(CASE WHEN DATEDIFF(CURDATE(), due_date) BETWEEN 1 AND 30 THEN amount - paid_amount ELSE 0 END) AS days_1_30,
       SUM(CASE WHEN DATEDIFF(CURDATE(), due_date) BETWEEN 31 AND 60 THEN amount - paid_amount ELSE 0 END) AS days_31_60,
       SUM(CASE WHEN DATEDIFF(CURDATE(), due_date) > 60 THEN amount - paid_am