type Level = 'debug' | 'info' | 'warn' | 'error';

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// NOTE: keep this logger dependency-free; it is imported by the edge runtime too.
export class Logger {
  constructor(
    private readonly scope: string,
    private readonly min: Level = 'info',
  ) {}

  log(level: Level, message: string): void;
  log(level: Level, message: string, ...args: unknown[]): void;
  log(level: Level, message: string, ...args: unknown[]): void {
    if (order[level] < order[this.min]) return;
    const line = `[${new Date().toISOString()}] ${level.toUpperCase()} ${this.scope}: ${message}`;
    (level === 'error' ? console.error : console.log)(line, ...args);
  }

  info(message: string, ...args: unknown[]) {
    this.log('info', message, ...args);
  }

  error(message: string, ...args: unknown[]) {
    this.log('error', message, ...args);
  }

  child(scope: string): Logger {
    return new Logger(`${this.scope}:${scope}`, this.min);
  }
}
