import express from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import { router as ordersRouter } from './routes/orders';
import { router as healthRouter } from './routes/health';
import { errorHandler } from './middleware/errors';

const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const app = express();

app.disable('x-powered-by');
app.use(helmet());
// <existing middleware setup>

app.use('/health', healthRouter);
app.use('/api/orders', ordersRouter);
app.use(errorHandler(log));

const port = Number(process.env.PORT ?? 8080);

const server = app.listen(port, () => {
  log.info({ port }, 'server listening');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
  });
}
