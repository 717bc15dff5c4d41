-- Remove duplicate CRM contacts, keeping the most recently updated row
CREATE OR REPLACE TEMPORARY TABLE contacts_keep AS
SELECT *
FROM crm.contacts
QUALIFY ROW_NUMBER() OVER (PARTITION BY LOWER(email) ORDER BY updated_at DESC) = 1;

SELECT COUNT(*) AS kept FROM contacts_keep;

DELETE FROM crm.contacts c
USING contacts_keep k
WHERE
