CREATE OR REPLACE PROCEDURE crm.core.refresh_account_dim()
RETURNS STRING
LANGUAGE SQL
AS
$$
DECLARE
    n INTEGER DEFAULT 0;
BEGIN
    MERGE INTO crm.core.account_dim t
    USING crm.staging.accounts s
       ON t.account_id = s.account_id
    WHEN MATCHED THEN UPDATE SET t.name = s.name, t.tier = s.tier
    WHEN NOT MATCHED THEN INSERT (account_id, name, tier) VALUES (s.account_id, s.name, s.tier);
    n := SQLROWCOUNT;

    DELETE FROM crm.staging.accounts;
    RETURN 'merged ' || n;
