Here is the updated migration with the audit trigger added:

CREATE TABLE IF NOT EXISTS audit.row_changes (
    id          bigserial PRIMARY KEY,
    table_name  text NOT NULL,
    op          char(1) NOT NULL,
    row_data    jsonb NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION audit.log_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit.row_changes (table_name, op, row_data)
    VALUES (TG_TABLE_NAME, left(TG_OP, 1), to_jsonb(coalesce(NEW, OLD)));
    RETURN coalesce(NEW, OLD);
END;
$$;

CREATE TRIGGER accounts_audit
AFTER INSERT OR UPDATE OR DELETE ON public.accounts
FOR EACH ROW EXECUTE FUNCTION audit.log_change();

Let me know if you need anything else!
