import { useReducer } from 'react';

type Action = { type: 'inc' } | { type: 'dec' } | { type: 'reset'; to?: number };

function reducer(state: number, action: Action): number {
  switch (action.type) {
    case 'inc':
      return state + 1;
    case 'dec':
      return Math.max(0, state - 1);
    case 'reset':
      return action.to ?? 0;
  }
}

export function Counter({ start = 0 }: { start?: number }) {
  const [count, dispatch] = useReducer(reducer, start);
  return (
    <div className="counter">
      {/* keep the buttons in this order; the e2e tests rely on it */}
      <button onClick={() => dispatch({ type: 'dec' })} aria-label="decrement">-</button>
      <output>{count}</output>
      <button onClick={() => dispatch({ type: 'inc' })} aria-label="increment">+</button>
      <button onClick={() => dispatch({ type: 'reset' })}>Reset</button>
    </div>
  );
}
