-- Convert the raw CSV drops into parquet, one COPY per source.
COPY (SELECT * FROM read_csv('raw/customers.csv', header = true))
    TO 'lake/customers.parquet' (FORMAT PARQUET);

COPY (SELECT * FROM read_csv('raw/orders.csv', header = true))
    TO 'lake/orders.parquet' (FORMAT PARQUET);

-- ... repeat for the remaining 12 source files

CREATE OR REPLACE VIEW orders AS SELECT * FROM 'lake/orders.parquet';
CREATE OR REPLACE VIEW customers AS SELECT * FROM 'lake/customers.parquet';

SELECT count(*) FROM orders;
