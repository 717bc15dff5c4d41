import http from 'node:http';
import { readFile } from 'node:fs/promises';

const port = Number(process.env.PORT ?? 8080);
const index = await readFile(new URL('./public/index.html', import.meta.url));

// TODO: add rate limiting in front of /api (same as before, via the proxy).
const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(204).end();
    return;
  }
  if (req.url?.startsWith('/api/')) {
    res.writeHead(501, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not implemented yet...' }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' }).end(index);
});

server.listen(port, () => console.log(`listening on :${port}...`));
