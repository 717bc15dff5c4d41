type Handler = (data: unknown) => void;

export class ReconnectingSocket {
  private socket?: WebSocket;
  private attempts = 0;
  private readonly handlers = new Map<string, Set<Handler>>();

  constructor(private readonly url: string, private readonly maxDelayMs = 30_000) {
    this.connect();
  }

  on(event: string, handler: Handler): () => void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
    return () => set.delete(handler);
  }

The following method was added to handle reconnection with exponential backoff:

  private connect(): void {
    this.socket = new WebSocket(this.url);
    this.socket.onopen = () => (this.attempts = 0);
    this.socket.onmessage = (e) => {
      const { event, data } = JSON.parse(e.data as string);
      this.handlers.get(event)?.forEach((h) => h(data));
    };
    this.socket.onclose = () => {
      const delay = Math.min(this.maxDelayMs, 500 * 2 ** this.attempts++);
      setTimeout(() => this.connect(), delay);
    };
  }
}
