-- SCD2 merge for the patient dimension
MERGE INTO health.dw.dim_patient d
USING health.staging.patients s
   ON d.patient_nk = s.patient_nk AND d.is_current
WHEN MATCHED AND (d.address_hash <> s.address_hash OR d.pcp_id <> s.pcp_id) THEN
    UPDATE SET d.is_current = FALSE,
<<<<<<< HEAD
               d.valid_to = CURRENT_TIMESTAMP()
=======
               d.valid_to = s.extracted_at,
               d.closed_by_batch = s.batch_id
>>>>>>> feature/batch-lineage
WHEN NOT MATCHED THEN
    INSERT (patient_nk, address_hash, pcp_id, valid_from, is_current)
    VALUES (s.patient_nk, s.address_hash, s.pcp_id, s.extracted_at, TRUE);
