export enum EventType {
  Created = 'created',
  Updated = 'updated',
  Deleted = 'deleted',
}

type Handler<T> = (payload: T) => void;

export class EventBus<T> {
  private handlers = new Map<EventType, Handler<T>[]>();

  on(type: EventType, handler: Handler<T>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler);
    this.handlers.set(type, list);
  }

  emit(type: EventType, payload: T): void {
    this.handlers.get(type)?.forEach((h) => h(payload));
  }
}
