export type EventName = 'created' | 'updated' | 'deleted' | 'restored' | 'ping';

export interface Event {
  name: EventName;
  id: string;
}

type Handler = (event: Event) => Promise<void> | void;

const extraHandlers = new Map<EventName, Handler[]>();

/**
 * You can register additional handlers with `registerHandler()`; they run
 * after the built-in ones below, in the order they were registered.
 */
export function registerHandler(name: EventName, handler: Handler): void {
  extraHandlers.set(name, [...(extraHandlers.get(name) ?? []), handler]);
}

export async function dispatch(event: Event, log: (msg: string) => void): Promise<void> {
  switch (event.name) {
    case 'created':
    case 'restored':
      log(`index ${event.id}`);
    // falls through: both also need a cache refresh
    case 'updated':
      log(`refresh cache for ${event.id}`);
      break;
    case 'deleted':
      log(`drop ${event.id} from index`);
      break;
    default:
      // 'ping' and anything newer: nothing to do
      break;
  }
  for (const handler of extraHandlers.get(event.name) ?? []) {
    await handler(event);
  }
}
