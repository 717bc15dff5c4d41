ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;

CREATE POLICY documents_select_own ON documents
    FOR SELECT
    USING (owner_id = current_setting('app.user_id')::bigint);

CREATE POLICY documents_select_shared ON documents
    FOR SELECT
    USING (EXISTS (
        SELECT 1 FROM document_shares s
        WHERE s.document_id = documents.id
          AND s.user_id = current_setting('app.user_id')::bigint
    ));

-- [snip]

CREATE POLICY documents_delete_own ON documents
    FOR DELETE
    USING (owner_id = current_setting('app.user_id')::bigint);
