-- Rule-based lead scoring until the model is deployed
CREATE OR REPLACE VIEW main.crm.lead_scores AS
SELECT
  l.lead_id,
  l.company,
  l.employees,
  l.country_code,
  CASE
    WHEN l.employees >= 1000 AND l.country_code IN ('US', 'GB', 'DE') THEN 90
    WHEN l.employees >= 200 THEN 70
    WHEN l.visits_30d >= 10 THEN 60
