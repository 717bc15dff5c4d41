-- Normalise customer notes imported from the old CRM
UPDATE customers
SET notes = TRIM(REPLACE(notes, '\r\n', '\n'))
WHERE notes IS NOT NULL;

UPDATE customers
SET notes = NULL
WHERE notes IN ('', 'n/a', 'N/A', '-');

UPDATE customers
SET source_system = 'legacy_crm',
    notes = CONCAT(COALESCE(notes, ''), '\n[Migrated from legacy CR