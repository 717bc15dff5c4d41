import Fastify from 'fastify';
import cors from '@fastify/cors';
import { registerRoutes } from './routes';
import { db } from './db';

const PORT = Number(process.env.PORT ?? 4000);

export async function buildServer() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

  await app.register(cors, { origin: process.env.CORS_ORIGIN?.split(',') ?? true });
  await registerRoutes(app);

  app.addHook('onClose', async () => {
    await db.destroy();
  });

  app.setErrorHandler((err, req, reply) => {
    ...
  });

  return app;
}

async function main() {
  const app = await buildServer();
  try {
    await app.listen({ port: PORT, host: '0.0.0.0' });
  } catch (err) {
    app.log.error(err);
    process.exit(1);
  }
}

void main();
