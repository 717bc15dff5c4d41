-- Seed data for local development
INSERT INTO users (id, email, name, role, created_at) VALUES
  ('5b1c9a1e-0000-4000-8000-000000000001', 'ada@example.com', 'Ada Lovelace', 'admin', now()),
  ('5b1c9a1e-0000-4000-8000-000000000002', 'alan@example.com', 'Alan Turing', 'editor', now()),
  ('5b1c9a1e-0000-4000-8000-000000000003', 'grace@example.com', 'Grace Hopper', 'viewer', now());

INSERT INTO projects (id, name, owner_id) VALUES
  (1, 'Analytical Engine', '5b1c9a1e-0000-4000-8000-000000000001'),
  (2, 'Enigma', '5b1c9a1e-0000-4000-8000-000000000002');

INSERT INTO project_members (project_id, user_id, role)
SELECT p.id, u.id, 'viewer'
FROM projects p
CROSS JOIN users u
WHERE NOT EXISTS (
  SELECT 1 FROM project_members m WHERE m.project_id = p.id AND m.user_id = u.id
);

SELECT setval('projects_id_seq', (SELECT max(id) FROM projects));
