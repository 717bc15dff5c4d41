```ts
type Task<T> = () => Promise<T>;

export class PromiseQueue {
  private running = 0;
  private queue: Array<() => void> = [];

  constructor(private readonly concurrency = 4) {}

  async add<T>(task: Task<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      await new Promise<void>((resolve) => this.queue.push(resolve));
    }
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}
```
