-- Audit triggers for the tasks table
CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER DEFAULT 0);
CREATE TABLE task_audit (task_id INTEGER, action TEXT, at TEXT);

CREATE TRIGGER trg_tasks_insert AFTER INSERT ON tasks
BEGIN
    INSERT INTO task_audit VALUES (NEW.id, 'insert', datetime('now'));
END;

-- ... (the other triggers follow the same pattern)
CREATE TRIGGER trg_tasks_delete AFTER DELETE ON tasks

INSERT INTO tasks (title) VALUES ('write release notes');
SELECT * FROM task_audit;
