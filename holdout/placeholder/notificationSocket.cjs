'use strict';

const { Server } = require('socket.io');
const { verifyToken } = require('./auth.cjs');

function attachNotifications(httpServer, { corsOrigin }) {
  const io = new Server(httpServer, { cors: { origin: corsOrigin } });

  io.use(async (socket, next) => {
    try {
      socket.data.user = await verifyToken(socket.handshake.auth?.token);
      next();
    } catch (err) {
      next(new Error('unauthorized'));
    }
  });

  io.on('connection', (socket) => {
    socket.join(`user:${socket.data.user.id}`);

    socket.on('notifications:markRead', async (ids, ack) => {
      // ...
    });

    socket.on('disconnect', (reason) => {
      console.debug(`socket ${socket.id} left: ${reason}`);
    });
  });

  return {
    notify(userId, payload) {
      io.to(`user:${userId}`).emit('notification', payload);
    },
  };
}

module.exports = { attachNotifications };
