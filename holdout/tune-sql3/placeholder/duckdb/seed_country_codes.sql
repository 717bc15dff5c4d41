-- Country reference data
CREATE OR REPLACE TABLE countries (
    iso2 VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    region VARCHAR
);

INSERT INTO countries VALUES
    ('DE', 'Germany', 'EMEA'),
    ('FR', 'France', 'EMEA'),
    (...),
    ('US', 'United States', 'AMER');

SELECT region, count(*) FROM countries GROUP BY ALL;
