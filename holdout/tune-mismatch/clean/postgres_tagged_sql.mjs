import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL, { max: 10 });

export async function createSchema() {
  await sql`
    CREATE TABLE IF NOT EXISTS events (
      id          bigserial PRIMARY KEY,
      kind        text NOT NULL,
      payload     jsonb NOT NULL DEFAULT '{}',
      created_at  timestamptz NOT NULL DEFAULT now()
    )
  `;
  await sql`CREATE INDEX IF NOT EXISTS events_kind_idx ON events (kind, created_at DESC)`;
}

export async function recordEvent(kind, payload) {
  const [row] = await sql`
    INSERT INTO events ${sql({ kind, payload }, "kind", "payload")}
    RETURNING id, created_at
  `;
  return row;
}

export async function countsByKind(since) {
  return sql`
    SELECT kind, count(*)::int AS n
    FROM events
    WHERE created_at >= ${since}
    GROUP BY kind
    ORDER BY n DESC
  `;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await createSchema();
  console.table(await countsByKind(new Date(Date.now() - 86_400_000)));
  await sql.end();
}
