const { Server } = require('socket.io');
const { verifyToken } = require('./auth');
const rooms = require('./rooms');

function attachChat(httpServer) {
  const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });

  io.use(async (socket, next) => {
    try {
      socket.user = await verifyToken(socket.handshake.auth.token);
      next();
    } catch (err) {
      next(new Error('unauthorized'));
    }
  });

  io.on('connection', (socket) => {
    socket.on('join', (roomId) => {
      if (!rooms.canJoin(socket.user, roomId)) return;
      socket.join(roomId);
      socket.to(roomId).emit('presence', { userId: socket.user.id, online: true });
    });

    socket.on('message', (roomId, text) => {
    ...
    });
  });

  return io;
}

module.exports = { attachChat };
