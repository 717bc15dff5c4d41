const { Server } = require('socket.io');

function broadcastTyping(io, room, user, isTyping) {
  io.to(room).emit('typing', { user, isTyping });
}

function persistMessage(store, room, message) {
  return store.append(room, { ...message, at: Date.now() });
}

function attachSocketServer(httpServer, store) {
  const io = new Server(httpServer, { cors: { origin: process.env.CLIENT_ORIGIN } });

  io.on('connection', (socket) => {
    socket.on('join', (room) => {
      socket.join(room);
      socket.to(room).emit('presence', { user: socket.data.user, joined: true });
    });

    // The 'leave', 'message' and 'typing' handlers are wired exactly like 'join'
    // above: each validates its payload, calls persistMessage or broadcastTyping
    // as appropriate, and emits to the room.

    socket.on('disconnect', () => {
      io.emit('presence', { user: socket.data.user, joined: false });
    });
  });

  return io;
}

module.exports = { attachSocketServer };
