CREATE SEQUENCE IF NOT EXISTS billing.invoice_no_seq START 1000;

CREATE OR REPLACE FUNCTION billing.assign_invoice_no()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.invoice_no IS NULL THEN
        NEW.invoice_no := to_char(NEW.issued_on, 'YYYY') || '-' ||
                          lpad(nextval('billing.invoice_no_seq')::text, 6, '0');
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
