CREATE TABLE IF NOT EXISTS health.visits_silver (
  visit_id      STRING NOT NULL,
  patient_id    STRING NOT NULL,
  clinic_id     INT,
  visit_ts      TIMESTAMP,
  -- diagnosis / billing code columns go here (see data dictionary v3)
  discharged_ts TIMESTAMP
)
USING DELTA
PARTITIONED BY (clinic_id);

INSERT INTO health.visits_silver (visit_id, patient_id, clinic_id, visit_ts, discharged_ts)
SELECT visit_id, patient_id, clinic_id, visit_ts, discharged_ts
FROM health.visits_bronze
WHERE visit_ts IS NOT NULL;
