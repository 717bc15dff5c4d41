import pino, { type Logger, type LoggerOptions } from 'pino';

const isDev = process.env.NODE_ENV !== 'production';

const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.token',
];

const options: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (isDev ? 'debug' : 'info'),
  redact: { paths: redactPaths, censor: '[REDACTED]' },
  base: { service: process.env.SERVICE_NAME ?? 'api' },
  timestamp: pino.stdTimeFunctions.isoTime,
};

<snip>

export const logger: Logger = pino(options, transport);

export function childLogger(bindings: Record<string, unknown>): Logger {
  return logger.child(bindings);
}
