import Fastify from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { healthRoutes } from './routes/health.js';
import { orderRoutes } from './routes/orders.js';
import { webhookRoutes } from './routes/webhooks.js';

const app = Fastify({
  logger: {
    level: process.env.LOG_LEVEL ?? 'info',
    transport: process.env.NODE_ENV === 'development' ? { target: 'pino-pretty' } : undefined,
  },
  trustProxy: true,
});

// ... existing code ...

await app.register(rateLimit, {
  max: 100,
  timeWindow: '1 minute',
  allowList: (req) => req.url.startsWith('/health'),
});

await app.register(healthRoutes);
await app.register(orderRoutes, { prefix: '/api/orders' });
// ... existing route registrations ...

const port = Number(process.env.PORT) || 8080;

try {
  await app.listen({ port, host: '0.0.0.0' });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}
