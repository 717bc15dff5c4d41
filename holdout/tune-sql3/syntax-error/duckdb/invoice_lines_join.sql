-- Invoice lines with product names
SELECT
    i.invoice_id,
    i.issued_on,
    l.line_no,
    p.product_name,
    l.quantity * l.unit_price AS line_total
FROM read_csv('data/invoices.csv') AS i
JOIN read_csv('data/invoice_lines.csv') AS l
JOIN read_csv('data/products.csv') AS p ON p.product_id = l.product_id
WHERE i.issued_on >= DATE '2024-01-01'
ORDER BY i.invoice_id, l.line_no;

SELECT count(*) AS invoices FROM read_csv('data/invoices.csv');
