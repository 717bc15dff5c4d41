'use strict';

const http = require('node:http');
const { WebSocketServer } = require('ws');

const server = http.createServer();
const wss = new WebSocketServer({ server, path: '/live' });

function broadcast(data, except) {
  const message = JSON.stringify(data);
  for (const client of wss.clients) {
    if (client !== except && client.readyState === client.OPEN) client.send(message);
  }
}

wss.on('connection', (socket, req) => {
  socket.isAlive = true;
  socket.on('pong', () => { socket.isAlive = true; });
  socket.on('message', (raw) => broadcast({ from: req.socket.remoteAddress, text: String(raw) }, socket));
});

const heartbeat = setInterval(() => {
  for (const socket of wss.clients) {
    if (!socket.isAlive) { socket.terminate(); continue; }
    socket.isAlive = false;
    socket.ping();
  }
}, 30_000);

wss.on('close', () => clearInterval(heartbeat));
server.listen(8080);

Note: you'll need to install the `ws` package first with `npm install ws`. The heartbeat
interval terminates clients that stop answering pings, so dead connections don't pile up.
