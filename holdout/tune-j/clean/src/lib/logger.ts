export interface Logger {
  debug(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
}

// used in tests and when LOG_LEVEL=silent: every method deliberately does nothing
export const noopLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

export function consoleLogger(prefix: string): Logger {
  const fmt = (level: string, msg: string, meta?: Record<string, unknown>) =>
    `${new Date().toISOString()} ${level.padEnd(5)} [${prefix}] ${msg}${meta ? ' ' + JSON.stringify(meta) : ''}`;
  return {
    debug: (m, meta) => console.debug(fmt('debug', m, meta)),
    info: (m, meta) => console.info(fmt('info', m, meta)),
    warn: (m, meta) => console.warn(fmt('warn', m, meta)),
    error: (m, meta) => console.error(fmt('error', m, meta)),
  };
}
