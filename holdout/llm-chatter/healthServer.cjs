Replace your existing `health.cjs` with the following:

'use strict';

const http = require('node:http');
const os = require('node:os');

const started = Date.now();

const server = http.createServer((req, res) => {
  if (req.url !== '/health') {
    res.writeHead(404).end();
    return;
  }
  const body = JSON.stringify({
    status: 'ok',
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
    load: os.loadavg()[0],
    memoryMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
  });
  res.writeHead(200, { 'content-type': 'application/json' }).end(body);
});

server.listen(Number(process.env.HEALTH_PORT) || 9090);

That's it! Restart the server and `curl localhost:9090/health` should return the JSON status.
