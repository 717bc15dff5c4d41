-- Reset the demo tenant to its seed state
BEGIN;

DELETE FROM billing.invoice_lines
WHERE invoice_id IN (SELECT invoice_id FROM billing.invoices WHERE tenant_id = 'demo');

DELETE FROM billing.invoices WHERE tenant_id = 'demo';
DELETE FROM crm.contacts WHERE tenant_id = 'demo';

INSERT INTO crm.contacts (tenant_id, full_name, email)
SELECT 'demo', full_name, email FROM seed.demo_contacts;

UPDATE tenants SET reset_at = now(), plan = 'trial' WHERE tenant_id = 'de