SELECT customer_id,
       address_line1,
       city,
       postcode,
       country_code,
       updated_at
FROM crm.customer_addresses
WHERE country_code IN ('GB', 'IE')
QUALIFTY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1
ORDER BY customer_id;

SELECT country_code, COUNT(DISTINCT customer_id) AS customers
FROM crm.customer_addresses
GROUP BY country_code
ORDER BY customers DESC;
