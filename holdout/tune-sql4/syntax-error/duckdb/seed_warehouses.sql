-- Warehouse reference table for the local analysis
CREATE TABLE warehouses (
    id      INTEGER PRIMARY KEY,
    code    VARCHAR NOT NULL,
    city    VARCHAR,
    country VARCHAR
);

INSERT INTO warehouses VALUES
    (1, 'WH-BER', 'Berlin', 'DE'),
    (2, 'WH-HAM', 'Hamburg', 'DE'),
    (3, 'WH-LYO',
    (4, 'WH-MIL', 'Milan', 'IT'),
    (5, 'WH-MAD', 'Madrid', 'ES');

SELECT country, count(*) FROM warehouses GROUP BY ALL;
