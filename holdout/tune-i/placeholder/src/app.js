import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import morgan from 'morgan';
import compression from 'compression';
import { router } from './routes/index.js';
import { errorHandler } from './middleware/errorHandler.js';

const corsOptions = {
  origin: process.env.CORS_ORIGIN?.split(',') ?? '*',
  credentials: true,
};

export const app = express();

app.use(
  helmet(),
  cors(corsOptions),
  ... // other middleware
);

app.get('/healthz', (_req, res) => res.send('ok'));
app.use('/api', router);
app.use(errorHandler);