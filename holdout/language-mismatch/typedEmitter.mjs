type EventMap = Record<string, unknown[]>;

export interface Disposable {
  dispose(): void;
}

export class TypedEmitter<Events extends EventMap> {
  private readonly handlers: { [K in keyof Events]?: Array<(...args: Events[K]) => void> } = {};

  on<K extends keyof Events>(event: K, handler: (...args: Events[K]) => void): Disposable {
    (this.handlers[event] ??= []).push(handler);
    return { dispose: () => this.off(event, handler) };
  }

  off<K extends keyof Events>(event: K, handler: (...args: Events[K]) => void): void {
    this.handlers[event] = this.handlers[event]?.filter((h) => h !== handler);
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): number {
    const list = this.handlers[event] ?? [];
    list.forEach((h) => h(...args));
    return list.length;
  }
}

export type ChatEvents = {
  message: [from: string, text: string];
  typing: [from: string];
  leave: [];
};

export const chat = new TypedEmitter<ChatEvents>();
