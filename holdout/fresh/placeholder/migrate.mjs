#!/usr/bin/env node
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();

await client.query(`CREATE TABLE IF NOT EXISTS migrations (name text PRIMARY KEY, run_at timestamptz DEFAULT now())`);
const done = new Set((await client.query('SELECT name FROM migrations')).rows.map((r) => r.name));

for (const file of (await readdir('migrations')).sort()) {
  if (done.has(file)) continue;
  ...
}

await client.end();
