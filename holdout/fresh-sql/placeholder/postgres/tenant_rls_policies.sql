-- Enable row level security for multi-tenant billing tables
ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.invoices FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON billing.invoices
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

GRANT SELECT, INSERT, UPDATE ON billing.invoices TO app_rw;

-- (same for the other billing tables: invoice_lines, payments, credit_notes)

CREATE OR REPLACE FUNCTION billing.set_tenant(p_tenant uuid)
RETURNS void
LANGUAGE sql
AS $$ SELECT set_config('app.tenant_id', p_tenant::text, false) $$;
