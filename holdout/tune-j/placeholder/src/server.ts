import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import { healthRoutes } from './routes/health';
import { invoiceRoutes } from './routes/invoices';

export async function buildServer() {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    trustProxy: true,
  });

  await app.register(sensible);
  // register the remaining plugins (cors, helmet, swagger) in the same order
  // as before; swagger has to come before the routes

  await app.register(healthRoutes);
  await app.register(invoiceRoutes, { prefix: '/invoices' });

  app.addHook('onReady', async () => {
    const spec = app.swagger();
    app.log.info({ paths: Object.keys(spec.paths ?? {}).length }, 'openapi ready');
  });

  return app;
}

if (require.main === module) {
  buildServer()
    .then((app) => app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
