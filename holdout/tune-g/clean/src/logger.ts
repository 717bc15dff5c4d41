import pino, { type LoggerOptions } from 'pino';

const base: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.authorization', 'password', '*.token'],
  timestamp: pino.stdTimeFunctions.isoTime,
};
// other pino options are left at their defaults (serializers, hooks, etc.)

export const logger = pino(
  process.env.NODE_ENV === 'production'
    ? base
    : { ...base, transport: { target: 'pino-pretty', options: { colorize: true } } },
);

/**
 * Here is the pattern for request-scoped loggers:
 *   const log = child({ requestId });
 *   log.info('...');
 */
export function child(bindings: Record<string, unknown>, ...extra: Record<string, unknown>[]) {
  return logger.child(Object.assign({}, bindings, ...extra));
}
