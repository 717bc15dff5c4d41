CREATE OR REPLACE VIEW ml.churn_features AS
SELECT a.account_id,
       datediff(current_date(), a.created_date)         AS tenure_days,
       coalesce(u.logins_30d, 0)                         AS logins_30d,
       coalesce(t.tickets_90d, 0)                        AS tickets_90d,
       coalesce(u.seats_used, 0) / nullif(a.seats, 0)   AS seat_utilisation,
       a.country,
       CASE
         WHEN a.plan = 'enterprise' THEN 3
         WHEN a.plan = 'team' THEN 2
