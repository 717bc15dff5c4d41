import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { projectsRouter } from './routes/projects';
import { usersRouter } from './routes/users';
import { config } from './config';

const app = new Hono();

app.use('*', logger());
app.use('*', secureHeaders());
app.use(
  '/api/*',
  cors({
    origin: config.corsOrigins,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    credentials: true,
  }),
);

app.get('/healthz', (c) => c.json({ ok: true, version: config.version }));

app.route('/api/projects', projectsRouter);
app.route('/api/users', usersRouter);

app.onError((err, c) => {
  console.error(err);
  return c.json({ error: 'Internal Server Error' }, 500);
});

// rest of file unchanged
