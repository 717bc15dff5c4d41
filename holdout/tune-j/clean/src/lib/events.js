export function noop() {
  // intentionally empty: used as the default listener so callers never null-check
}

export class Emitter {
  #listeners = new Map();

  on(event, handler = noop) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
    this.#listeners.get(event).add(handler);
    return () => this.off(event, handler);
  }

  off(event, handler) {
    this.#listeners.get(event)?.delete(handler);
  }

  emit(event, ...args) {
    for (const handler of this.#listeners.get(event) ?? []) {
      handler(...args);
    }
  }

  /** Subclasses may override; the base emitter has nothing to release. */
  dispose() {
    // nothing to clean up here
  }
}