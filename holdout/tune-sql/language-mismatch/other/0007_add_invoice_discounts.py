-- 0007_add_invoice_discounts
-- Adds discount support to invoices (PostgreSQL)
BEGIN;

ALTER TABLE billing.invoices
    ADD COLUMN discount_cents integer NOT NULL DEFAULT 0,
    ADD COLUMN discount_reason text;

ALTER TABLE billing.invoices
    ADD CONSTRAINT invoices_discount_le_total
    CHECK (discount_cents <= subtotal_cents);

UPDATE billing.invoices
SET discount_reason = 'legacy-promo'
WHERE promo_code IS NOT NULL;

COMMIT;
