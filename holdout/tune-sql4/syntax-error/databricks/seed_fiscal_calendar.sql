-- Fiscal calendar seed (fiscal year = calendar year)
CREATE TABLE IF NOT EXISTS main.ref.fiscal_quarters (
  fiscal_year INT,
  quarter STRING,
  start_date DATE,
  end_date DATE
) USING DELTA;

INSERT INTO main.ref.fiscal_quarters VALUES
  (2024, 'Q1', DATE'2024-01-01', DATE'2024-03-31'),
  (2024, 'Q2', DATE'2024-04-01', DATE'2024-06-30'),
  (2024, 'Q3',
  (2024, 'Q4', DATE'2024-10-01', DATE'2024-12-31'),
  (2025, 'Q1', DATE'2025-01-01', DATE'2025-03-31');

SELECT * FROM main.ref.fiscal_quarters ORDER BY fiscal_year, quarter;
