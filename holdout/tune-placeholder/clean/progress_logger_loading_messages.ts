type Level = 'info' | 'warn' | 'error';

export class ProgressLogger {
  private started = Date.now();

  constructor(private readonly prefix = '[sync]') {}

  log(level: Level, message: string): void {
    const elapsed = ((Date.now() - this.started) / 1000).toFixed(1);
    console[level](`${this.prefix} ${elapsed}s ${message}`);
  }

  start(total: number): void {
    this.log('info', `Loading ${total} records...`);
  }

  retry(attempt: number): void {
    this.log('warn', `Request failed, retrying (attempt ${attempt})…`);
  }

  done(): void {
    this.log('info', 'Done.');
  }
}
