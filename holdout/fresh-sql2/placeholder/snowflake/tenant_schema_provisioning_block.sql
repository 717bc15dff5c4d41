EXECUTE IMMEDIATE $$
DECLARE
    c1 CURSOR FOR SELECT tenant_code FROM admin.tenants WHERE provisioned = FALSE;
    stmt STRING;
BEGIN
    FOR rec IN c1 DO
        stmt := 'CREATE SCHEMA IF NOT EXISTS tenant_' || rec.tenant_code;
        EXECUTE IMMEDIATE :stmt;

        -- rest of the loop body unchanged

        UPDATE admin.tenants SET provisioned = TRUE WHERE tenant_code = rec.tenant_code;
    END FOR;
    RETURN 'done';
END;
$$;
