import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { requestId } from './middleware/requestId';
import { apiRouter } from './routes';
import { errorHandler } from './middleware/errorHandler';

export function createApp() {
  const app = express();

  app.disable('x-powered-by');
  app.use(helmet());
  app.use(cors({ origin: process.env.CORS_ORIGIN?.split(',') ?? false })); // ... other middleware
  app.use(express.json({ limit: '1mb' }));
  app.use(requestId());

  app.get('/healthz', (_req, res) => res.json({ ok: true }));
  app.use('/api/v1', apiRouter);

  app.use(errorHandler);
  return app;
}
