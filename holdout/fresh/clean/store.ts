// no semicolons on purpose, matches the repo's prettier config
type Listener<S> = (state: S) => void

export function createStore<S>(initial: S) {
  let state = initial
  const listeners = new Set<Listener<S>>()

  const get = () => state
  const set = (next: S | ((prev: S) => S)) => {
    state = typeof next === 'function' ? (next as (p: S) => S)(state) : next
    listeners.forEach(l => l(state))
  }
  const subscribe = (l: Listener<S>) => {
    listeners.add(l)
    return () => listeners.delete(l)
  }

  return { get, set, subscribe }
}

const counter = createStore(0)
;[1, 2, 3].forEach(n => counter.set(c => c + n))
export default counter
