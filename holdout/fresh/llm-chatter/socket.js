import { Server } from 'socket.io';

export function attachSockets(httpServer) {
  const io = new Server(httpServer, { cors: { origin: '*' } });

  io.on('connection', (socket) => {
    socket.on('join', (room) => {
      socket.join(room);
      socket.to(room).emit('user-joined', socket.id);
    });

    socket.on('message', ({ room, text }) => {
      io.to(room).emit('message', { from: socket.id, text, at: Date.now() });
    });
  });

  return io;
}

I've added a `join` event so clients can subscribe to rooms, and messages are now broadcast only to the room they were sent to. This should fix the issue where every client was receiving every message.
