-- Load the 2024 order exports
CREATE OR REPLACE TABLE orders_2023 AS
SELECT * FROM read_csv('data/orders_2023.csv', header = true, dateformat = '%Y-%m-%d');

CREATE OR REPLACE TABLE orders_2024 AS
SELECT *
FROM read_csv(
    'data/orders_2024.csv',
    header = true,
    dateformat = '%Y-%m-%d',
    columns = {'order_id': 'INTEGER', 'customer_id': 'INTEGER', 'total': 'DECIMAL(12,2)', 'order_date': 'DA