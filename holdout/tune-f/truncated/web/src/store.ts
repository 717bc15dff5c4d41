export interface State {
  items: string[];
  loading: boolean;
  error: string | null;
}

type Action =
  | { type: 'load' }
  | { type: 'loaded'; items: string[] }
  | { type: 'failed'; error: string };

export const initial: State = { items: [], loading: false, error: null };

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'load':
      return { ...state, loadi