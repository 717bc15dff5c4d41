import { EventEmitter } from 'node:events';

const TICK_MS = 50;
const MAX_PLAYERS = 8;

export class GameRoom extends EventEmitter {
  constructor(id, { mapName = 'arena', maxPlayers = MAX_PLAYERS } = {}) {
    super();
    this.id = id;
    this.mapName = mapName;
    this.maxPlayers = maxPlayers;
    this.players = new Map();
    this.state = 'waiting';
    this.interval = setInterval(() => this.tick(), TICK_MS);
  }

  join(socket, profile) {
    if (this.players.size >= this.maxPlayers) {
      socket.emit('room:full', { roomId: this.id });
      return false;
    }
    this.players.set(socket.id, { socket, profile, x: 0, y: 0, hp: 100 });
    this.broadcast('player:joined', { id: socket.id, name: profile.name });
    if (this.players.size >= 2 && this.state === 'waiting') {
      this.state = 'countdown';
      this.emit('countdown', this.id);
    }
    return true;
  }

  handleInput(socketId, input) {
    const p = this.players.get(socketId);
    if (!p || this.state !== 'running') return;
    p.x += Math.sign(input.dx) * 4;
    p.y += Math.sign(input.dy) * 4;
  }

  // leave(), broadcast(), tick() and destroy() go here — nothing changed in those
}
