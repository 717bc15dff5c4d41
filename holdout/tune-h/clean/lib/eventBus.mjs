// Tiny typed-ish event bus used by the game client.
// Handlers registered with once() are removed after the first call; the other ones stay
// until off() is called or the bus is cleared.

export class EventBus {
  #handlers = new Map();

  on(event, handler) {
    if (!this.#handlers.has(event)) this.#handlers.set(event, new Set());
    this.#handlers.get(event).add(handler);
    return () => this.off(event, handler);
  }

  once(event, handler) {
    const wrapper = (...args) => {
      this.off(event, wrapper);
      handler(...args);
    };
    return this.on(event, wrapper);
  }

  off(event, handler) {
    this.#handlers.get(event)?.delete(handler);
  }

  emit(event, ...args) {
    // copy first: a handler may unsubscribe itself (as once() does) while we iterate
    for (const handler of [...(this.#handlers.get(event) ?? [])]) {
      handler(...args);
    }
  }

  clear() {
    this.#handlers.clear();
  }
}

export const bus = new EventBus();
