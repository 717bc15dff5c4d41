type Level = 'debug' | 'info' | 'warn' | 'error';

const rank: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };
const threshold: Level = (process.env.LOG_LEVEL as Level | undefined) ?? 'info';

// Note: errors and warnings go to stderr; the rest goes to stdout.
function emit(level: Level, ...args: unknown[]): void {
  if (rank[level] < rank[threshold]) return;
  const line = [new Date().toISOString(), level.toUpperCase(), ...args];
  (rank[level] >= rank.warn ? console.error : console.log)(...line);
}

export const log = {
  debug: (...args: unknown[]) => emit('debug', ...args),
  info: (...args: unknown[]) => emit('info', ...args),
  warn: (...args: unknown[]) => emit('warn', ...args),
  error: (...args: unknown[]) => emit('error', ...args),
};
