-- Column masking for PII in the support mart.
CREATE OR REPLACE MASKING POLICY support.gov.mask_email AS (val STRING) RETURNS STRING ->
    CASE
        WHEN CURRENT_ROLE() IN ('SUPPORT_LEAD', 'SECURITYADMIN') THEN val
        ELSE REGEXP_REPLACE(val, '^[^@]+', '*****')
    END;

ALTER TABLE support.mart.tickets MODIFY COLUMN requester_email
    SET MASKING POLICY support.gov.mask_email;

CREATE OR REPLACE SECURE VIEW support.mart.v_ticket_summary AS
SELECT t.ticket_id,
       t.requester_email,
       t.priority,
       t.created_at,
       TIMESTAMPDIFF(hour, t.created_at, COALESCE(t.solved_at, CURRENT_TIMESTAMP())) AS age_hours
FROM support.mart.tickets t
WHERE t.created_at >= DATEADD(day, -90, CURRENT_DATE());