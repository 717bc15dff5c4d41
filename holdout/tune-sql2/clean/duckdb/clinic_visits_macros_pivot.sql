-- ------------------------------------------------------------
-- Clinic visit analytics (local DuckDB notebook export)
-- ------------------------------------------------------------
CREATE OR REPLACE MACRO age_band(dob, at_date) AS
    CASE
        WHEN date_diff('year', dob, at_date) < 18 THEN 'child'
        WHEN date_diff('year', dob, at_date) < 65 THEN 'adult'
        ELSE 'senior'
    END;

CREATE OR REPLACE TABLE visits AS
SELECT * FROM read_csv('data/visits_2026.csv', header = true, dateformat = '%Y-%m-%d');

-- TODO: the rest of the departments are pivoted the same way once coded ...
PIVOT (
    SELECT department, age_band(patient_dob, visit_date) AS band, visit_id
    FROM visits
)
ON band IN ('child', 'adult', 'senior')
USING count(visit_id)
GROUP BY department;

SELECT COLUMNS('.*_minutes') , department
FROM visits
WHERE department NOT IN ('admin')
LIMIT 20;

SUMMARIZE visits;
