type Handler<T> = (payload: T) => void | Promise<void>;

export interface EventMap {
  'user.created': { id: string; email: string };
  'user.deleted': { id: string };
  'order.placed': { orderId: string; total: number };
}

export class EventBus<E extends Record<string, unknown> = EventMap> {
  private handlers = new Map<keyof E, Set<Handler<any>>>();

  on<K extends keyof E>(event: K, handler: Handler<E[K]>): () => void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
    return () => set.delete(handler);
  }

  [rest of file]
}

export const bus = new EventBus();
