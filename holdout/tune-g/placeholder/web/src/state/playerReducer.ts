export type PlayerState = {
  trackId: string | null;
  playing: boolean;
  positionSec: number;
  volume: number;
};

export type PlayerAction =
  | { type: 'load'; trackId: string }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'seek'; positionSec: number }
  | { type: 'setVolume'; volume: number };

export const initialPlayerState: PlayerState = {
  trackId: null,
  playing: false,
  positionSec: 0,
  volume: 0.8,
};

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'load':
      return { ...state, trackId: action.trackId, positionSec: 0, playing: false };
    case 'play':
      return { ...state, playing: true };
    // continue with the other cases in the same way
    default:
      return state;
  }
}
