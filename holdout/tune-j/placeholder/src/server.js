import { handleHealth } from './handlers/health.js';
import { handleUsers } from './handlers/users.js';
import { handleSessions } from './handlers/sessions.js';

const routes = {
  '/api/health': handleHealth,
  // /api/users and /api/sessions: same shape as /api/health, just their handlers
};

const server = Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url);
    const handler = routes[url.pathname];
    if (!handler) {
      return Response.json({ error: 'not found' }, { status: 404 });
    }
    try {
      return await handler(req, url);
    } catch (err) {
      console.error(err);
      return Response.json({ error: 'internal error' }, { status: 500 });
    }
  },
  error(err) {
    return new Response(`fatal: ${err.message}`, { status: 500 });
  },
});

console.log(`listening on ${server.url}`);
