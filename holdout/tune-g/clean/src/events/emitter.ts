type Listener<Args extends unknown[]> = (...args: Args) => void;

/**
 * Minimal typed emitter.
 *   const e = new Emitter<{ saved: [id: string]; moved: [from: string, to: string] }>();
 *   e.on('moved', (from, to) => ...);
 */
export class Emitter<Events extends Record<string, unknown[]>> {
  private listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    (this.listeners[event] ??= new Set()).add(listener);
    return () => this.off(event, listener);
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners[event]?.delete(listener);
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    // copy first: a listener may unsubscribe itself (the rest still run)
    for (const listener of [...(this.listeners[event] ?? [])]) {
      listener(...args);
    }
  }
}
