-- Diabetes cohort: first HbA1c and 12-month follow-up per patient.
-- TODO-style markers in the source system's free text (e.g. "TODO recheck") are filtered upstream.
WITH labs AS (
  SELECT patient_id,
         result_date,
         SAFE_CAST(result_value AS FLOAT64) AS hba1c,
         ROW_NUMBER() OVER (PARTITION BY patient_id ORDER BY result_date) AS rn
  FROM `health-dw.clinical.lab_results`
  WHERE loinc_code = '4548-4'
),
baseline AS (
  SELECT * EXCEPT (rn) FROM labs WHERE rn = 1
)
SELECT b.patient_id,
       b.result_date AS baseline_date,
       b.hba1c AS baseline_hba1c,
       f.hba1c AS followup_hba1c,
       f.hba1c - b.hba1c AS delta
FROM baseline AS b
LEFT JOIN labs AS f
  ON f.patient_id = b.patient_id
 AND f.result_date BETWEEN DATE_ADD(b.result_date, INTERVAL 300 DAY)
                       AND DATE_ADD(b.result_date, INTERVAL 430 DAY)
WHERE b.hba1c >= 6.5
QUALIFY ROW_NUMBER() OVER (PARTITION BY b.patient_id ORDER BY f.result_date) = 1;
