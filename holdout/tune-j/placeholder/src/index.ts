import { verify } from './auth';
import { roomFor, type ChatMessage } from './rooms';

type SocketData = { userId: string; room: string };

const server = Bun.serve<SocketData>({
  port: Number(process.env.PORT ?? 3001),
  async fetch(req, server) {
    const url = new URL(req.url);
    if (url.pathname !== '/ws') {
      return new Response('not found', { status: 404 });
    }
    const token = url.searchParams.get('token');
    const userId = token ? await verify(token) : null;
    if (!userId) return new Response('unauthorized', { status: 401 });

    const room = roomFor(url.searchParams.get('room'));
    if (server.upgrade(req, { data: { userId, room } })) return undefined;
    return new Response('upgrade failed', { status: 400 });
  },
  websocket: {
    open(ws) {
      ws.subscribe(ws.data.room);
      server.publish(ws.data.room, JSON.stringify({ type: 'join', userId: ws.data.userId }));
    },
    message(ws, raw) {
      // broadcast logic from the previous version (parse -> ChatMessage, publish to ws.data.room)
    },
    close(ws) {
      ws.unsubscribe(ws.data.room);
      server.publish(ws.data.room, JSON.stringify({ type: 'leave', userId: ws.data.userId }));
    },
  },
});

console.log(`ws server on :${server.port}`);
