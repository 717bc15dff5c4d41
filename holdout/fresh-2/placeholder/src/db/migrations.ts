import type { Database } from 'better-sqlite3';

export interface Migration {
  id: number;
  name: string;
  up(db: Database): void;
}

export const migrations: Migration[] = [
  {
    id: 1,
    name: 'create_users',
    up: (db) =>
      db.exec(`CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
      )`),
  },
  // ...existing migrations 2–4...
  {
    id: 5,
    name: 'add_users_last_login',
    up: (db) => db.exec('ALTER TABLE users ADD COLUMN last_login TEXT'),
  },
];

export function migrate(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS _migrations (id INTEGER PRIMARY KEY)');
  const done = new Set(
    db.prepare('SELECT id FROM _migrations').all().map((r) => (r as { id: number }).id),
  );
  let applied = 0;
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO _migrations (id) VALUES (?)').run(m.id);
    })();
    applied++;
  }
  return applied;
}
