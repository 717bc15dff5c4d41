import { listNotes, createNote } from './notes.ts';
import { json, notFound } from './http.ts';

const port = Number(Deno.env.get('PORT') ?? 8000);

async function handler(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const route = `${req.method} ${url.pathname}`;

  switch (route) {
    case 'GET /health':
      return json({ ok: true, version: Deno.env.get('APP_VERSION') ?? 'dev' });
    /* 'GET /notes' and 'POST /notes' go here — they call listNotes()/createNote()
       exactly like before; nothing else changed in this file */
    default:
      return notFound(url.pathname);
  }
}

Deno.serve({ port, onListen: ({ hostname, port }) => console.log(`http://${hostname}:${port}`) }, async (req) => {
  try {
    return await handler(req);
  } catch (err) {
    console.error(err);
    return json({ error: 'internal' }, 500);
  }
});
