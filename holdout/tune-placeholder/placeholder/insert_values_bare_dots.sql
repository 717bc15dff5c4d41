INSERT INTO permissions (code, description) VALUES
    ('projects.read', 'View projects'),
    ('projects.write', 'Create and edit projects'),
    ('projects.delete', 'Delete projects'),
    ...,
    ('billing.manage', 'Manage billing and invoices');

INSERT INTO role_permissions (role, permission_code)
SELECT 'admin', code FROM permissions
ON CONFLICT DO NOTHING;

INSERT INTO role_permissions (role, permission_code)
SELECT 'viewer', code FROM permissions
WHERE code LIKE '%.read'
ON CONFLICT DO NOTHING;
