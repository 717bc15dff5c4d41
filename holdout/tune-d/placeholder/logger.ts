type Level = "debug" | "info" | "warn" | "error";

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export class Logger {
  constructor(private name: string, private minLevel: Level = "info") {}

  private format(level: Level, msg: string, meta?: Record<string, unknown>): string {
    // (unchanged)
  }

  log(level: Level, msg: string, meta?: Record<string, unknown>) {
    if (ORDER[level] < ORDER[this.minLevel]) return;
    const line = this.format(level, msg, meta);
    if (level === "error") console.error(line);
    else console.log(line);
  }

  info(msg: string, meta?: Record<string, unknown>) {
    this.log("info", msg, meta);
  }

  error(msg: string, meta?: Record<string, unknown>) {
    this.log("error", msg, meta);
  }
}
