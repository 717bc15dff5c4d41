-- Dispensed quantities per drug class, last quarter
SELECT dc.class_name,
       d.generic_name
       d.strength,
       sum(x.quantity) AS units_dispensed,
       count(DISTINCT x.patient_id) AS patients
FROM pharmacy.dispenses x
JOIN pharmacy.drugs d ON d.drug_id = x.drug_id
JOIN pharmacy.drug_classes dc ON dc.class_id = d.class_id
WHERE x.dispensed_at >= date_trunc('quarter', now()) - interval '3 months'
  AND x.dispensed_at < date_trunc('quarter', now())
GROUP BY dc.class_name, d.generic_name, d.strength
ORDER BY units_dispensed DESC;
