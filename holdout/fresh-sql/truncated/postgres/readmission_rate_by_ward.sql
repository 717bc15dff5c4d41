-- 30-day readmission rate per ward, last 12 months
WITH discharges AS (
    SELECT a.admission_id,
           a.patient_id,
           a.ward_id,
           a.discharged_at
    FROM clinical.admissions a
    WHERE a.discharged_at IS NOT NULL
      AND a.discharged_at >= now() - interval '12 months'
),
readmits AS (
    SELECT d.admission_id,
           EXISTS (
               SELECT 1
               FROM clinical.admissions r
               WHERE r.patient_id = d.patient_id
                 AND r.admitted_at > d.discharged_at
                 AND r.admitted_at <= d.discharged_at + interval '30 days'
           ) AS readmitted
    FROM discharges d
)
SELECT w.ward_name,
       count(*) AS discharges,
       count(*) FILTER (WHERE r.readmitted) AS readmissions,
       round(100.0 * count(*) FILTER (WHERE r.readmitted) / nullif(count(*), 0), 2) AS readmit_pct
FROM discharges d
JOIN readmits r USING (admission_id)
JOIN clinical.wards w ON w.ward_id = d.ward_id
GROUP BY w.ward_name
ORDER BY readmit_pct DESC NULLS LA