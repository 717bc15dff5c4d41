CREATE OR REPLACE TABLE sales AS
FROM read_csv_auto('data/quarterly_sales.csv');

-- Wide: one column per quarter (Q1 ... Q4)
PIVOT sales
ON quarter IN ('Q1', 'Q2', 'Q3', 'Q4')
USING sum(amount) AS total, count(*) AS n
GROUP BY region;

-- Long again, for the chart library
CREATE OR REPLACE TABLE sales_wide AS
PIVOT sales ON quarter USING sum(amount) GROUP BY region;

UNPIVOT sales_wide
ON COLUMNS(* EXCLUDE (region))
INTO
    NAME quarter
    VALUE amount;