CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS task_audit (task_id INTEGER, action TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP);

CREATE TRIGGER IF NOT EXISTS tasks_ai AFTER INSERT ON tasks
BEGIN
    INSERT INTO task_audit (task_id, action) VALUES (NEW.id, 'insert');
END;

CREATE TRIGGER IF NOT EXISTS tasks_au AFTER UPDATE ON tasks
BEGIN
    -- same bookkeeping as the insert trigger
    INSERT INTO task_audit (task_id, action) VALUES (NEW.id, 'update');
END;

INSERT INTO tasks (title) VALUES ('write docs');
