const { Server } = require('socket.io');
const { verifyToken } = require('../auth.cjs');
const rooms = require('../rooms.cjs');

function attach(httpServer) {
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
    socket.on('message', (msg) => {
      switch (msg.type) {
        case 'join':
          socket.join(msg.room);
          rooms.addMember(msg.room, socket.user.id);
          io.to(msg.room).emit('presence', rooms.members(msg.room));
          break;
        ... // 'typing' and 'leave' cases
        default:
          socket.emit('error', { message: `unknown message type ${msg.type}` });
      }
    });
  });

  return io;
}

module.exports = { attach };
