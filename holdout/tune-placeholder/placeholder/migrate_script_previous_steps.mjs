import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, { max: 1 });
const dir = path.resolve('migrations');

async function applied() {
  await sql`create table if not exists schema_migrations (name text primary key, applied_at timestamptz default now())`;
  const rows = await sql`select name from schema_migrations`;
  return new Set(rows.map((r) => r.name));
}

const done = await applied();
const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();

// (previous migration steps)

for (const file of files) {
  if (done.has(file)) continue;
  const body = await readFile(path.join(dir, file), 'utf8');
  await sql.begin(async (tx) => {
    await tx.unsafe(body);
    await tx`insert into schema_migrations (name) values (${file})`;
  });
  console.log(`applied ${file}`);
}

await sql.end();
