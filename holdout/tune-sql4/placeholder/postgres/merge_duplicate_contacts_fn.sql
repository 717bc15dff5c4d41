-- Merge a duplicate contact into the surviving one
CREATE OR REPLACE FUNCTION crm.merge_contacts(p_keep bigint, p_drop bigint)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE crm.deals SET contact_id = p_keep WHERE contact_id = p_drop;
    UPDATE crm.notes SET contact_id = p_keep WHERE contact_id = p_drop;
    ... (same for crm.tasks and crm.emails)
    DELETE FROM crm.contacts WHERE id = p_drop;
    INSERT INTO crm.merge_log (kept_id, dropped_id, merged_at) VALUES (p_keep, p_drop, now());
END;
$$;

SELECT crm.merge_contacts(1001, 1002);
