import { createServer } from 'node:http';
import { once } from 'node:events';
import { createApp } from './app.mjs';
import { connectDb, closeDb } from './db.mjs';

const port = Number(process.env.PORT ?? 3000);

async function main() {
  const db = await connectDb(process.env.DATABASE_URL);
  const server = createServer(createApp({ db }));
  server.listen(port);
  await once(server, 'listening');
  console.log(`ready on :${port}`);

  const shutdown = async () => {
    server.close();
    await closeDb(db);
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

await ma