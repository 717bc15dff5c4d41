export interface Player {
  id: string;
  hp: number;
  x: number;
  y: number;
  score: number;
}

export interface GameState {
  tick: number;
  players: Record<string, Player>;
  phase: 'lobby' | 'playing' | 'ended';
}

export type Action =
  | { type: 'tick' }
  | { type: 'move'; id: string; dx: number; dy: number }
  | { type: 'damage'; id: string; amount: number }
  | { type: 'end' };

export function reduce(state: GameState, action: Action): GameState {
  switch (action.type) {
    case 'tick':
      return { ...state, tick: state.tick + 1 };
    case 'move': {
      const p = state.players[action.id];
      if (!p) return state; // unknown player: state stays unchanged
      return { ...state, players: { ...state.players, [p.id]: { ...p, x: p.x + action.dx, y: p.y + action.dy } } };
    }
    case 'damage': {
      const p = state.players[action.id];
      if (!p) return state;
      const hp = Math.max(0, p.hp - action.amount);
      return { ...state, players: { ...state.players, [p.id]: { ...p, hp } } };
    }
    case 'end':
      // scores, positions etc. are kept as-is so the results screen can show them
      return { ...state, phase: 'ended' };
  }
}