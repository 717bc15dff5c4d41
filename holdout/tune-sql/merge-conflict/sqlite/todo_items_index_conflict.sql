CREATE TABLE IF NOT EXISTS todo_items (
    id INTEGER PRIMARY KEY,
    list_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    due TEXT
);

<<<<<<< HEAD
CREATE INDEX IF NOT EXISTS idx_todo_list ON todo_items(list_id);
=======
CREATE INDEX IF NOT EXISTS idx_todo_list_done ON todo_items(list_id, done);
CREATE INDEX IF NOT EXISTS idx_todo_due ON todo_items(due) WHERE done = 0;
>>>>>>> mobile-sync

PRAGMA user_version = 7;
