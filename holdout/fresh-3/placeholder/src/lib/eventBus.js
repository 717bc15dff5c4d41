export class EventBus {
  #listeners = new Map();

  on(event, handler) {
    if (typeof handler !== 'function') {
      throw new TypeError('handler must be a function');
    }
    if (!this.#listeners.has(event)) {
      this.#listeners.set(event, new Set());
    }
    this.#listeners.get(event).add(handler);
    return () => this.off(event, handler);
  }

  /**
   * off() and once() omitted here — they mirror on(): off() deletes the
   * handler from the Set (and drops the Set when it empties), once() wraps
   * the handler so it calls this.off() before running it.
   */

  emit(event, ...args) {
    const handlers = this.#listeners.get(event);
    if (!handlers) return 0;
    for (const handler of [...handlers]) {
      try {
        handler(...args);
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
    return handlers.size;
  }

  clear() {
    this.#listeners.clear();
  }
}

export const bus = new EventBus();
