export function registerHandlers(io, socket, store) {
  socket.on('room:join', async (roomId, ack) => {
    const room = await store.getRoom(roomId);
    if (!room) return ack({ error: 'not_found' });
    socket.join(roomId);
    ack({ ok: true, members: room.members });
  });

  // (other handlers unchanged)

  socket.on('disconnect', () => {
    for (const roomId of socket.rooms) {
      socket.to(roomId).emit('room:left', socket.id);
    }
  });
}
