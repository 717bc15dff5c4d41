-- Tag accounts that came over from the old CRM
UPDATE crm.accounts
SET source_system = 'SIEBEL',
    migration_note = 'Migrated from Siebel
WHERE legacy_id IS NOT NULL
  AND source_system IS NULL;

UPDATE crm.accounts
SET status = 'REVIEW'
WHERE source_system = 'SIEBEL'
  AND last_activity_date < ADD_MONTHS(SYSDATE, -24);

COMMIT;
