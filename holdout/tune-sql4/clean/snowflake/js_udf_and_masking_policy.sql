-- JavaScript UDF to normalise phone numbers, plus a masking policy.
CREATE OR REPLACE FUNCTION analytics.util.normalize_phone(PHONE VARCHAR)
RETURNS VARCHAR
LANGUAGE JAVASCRIPT
AS
$$
  if (PHONE === null || PHONE === undefined) { return null; }
  // TODO: handle extensions like "x123" ...
  var digits = PHONE.replace(/[^0-9+]/g, '');
  if (digits.length === 10) { return '+1' + digits; }
  return digits;
$$;

CREATE OR REPLACE MASKING POLICY analytics.util.mask_email AS (val STRING) RETURNS STRING ->
    CASE
        WHEN CURRENT_ROLE() IN ('PII_READER', 'SYSADMIN') THEN val
        ELSE REGEXP_REPLACE(val, '.+@', '*****@')
    END;

ALTER TABLE analytics.marts.dim_customer MODIFY COLUMN email
    SET MASKING POLICY analytics.util.mask_email;

SELECT analytics.util.normalize_phone('(415) 555-0100') AS sample