Okay, I'll create a small logger utility that supports log levels.

type Level = 'debug' | 'info' | 'warn' | 'error';

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(name: string, min: Level = 'info') {
  const log = (level: Level, msg: string, meta?: Record<string, unknown>) => {
    if (order[level] < order[min]) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level, name, msg, ...meta });
    (level === 'error' ? console.error : console.log)(line);
  };
  return {
    debug: (m: string, meta?: Record<string, unknown>) => log('debug', m, meta),
    info: (m: string, meta?: Record<string, unknown>) => log('info', m, meta),
    warn: (m: string, meta?: Record<string, unknown>) => log('warn', m, meta),
    error: (m: string, meta?: Record<string, unknown>) => log('error', m, meta),
  };
}
