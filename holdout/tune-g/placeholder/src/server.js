import express from 'express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { rateLimit } from 'express-rate-limit';
import { router as apiRouter } from './api/index.js';
import { logger } from './logger.js';

const app = express();
const port = Number(process.env.PORT ?? 8080);

app.set('trust proxy', 1);
app.use(compression());
app.use(cookieParser(process.env.COOKIE_SECRET));
// keep the remaining middleware unchanged

app.use(
  '/api',
  rateLimit({ windowMs: 60_000, limit: 120, standardHeaders: 'draft-7' }),
  apiRouter,
);

app.use((err, req, res, _next) => {
  logger.error({ err, path: req.path }, 'unhandled error');
  res.status(err.status ?? 500).json({ error: 'Internal Server Error' });
});

app.listen(port, () => {
  logger.info(`listening on :${port}`);
});
