import { createLogger, format, transports, type Logger } from 'winston';

const level = process.env.LOG_LEVEL ?? 'info';

const consoleTransport = new transports.Console({
  format: format.combine(format.colorize(), format.simple()),
});

export const logger: Logger = createLogger({
  level,
  format: format.combine(format.timestamp(), format.errors({ stack: true }), format.json()),
  transports: [
    consoleTransport,
    [... file + http transports ...]
  ],
});

export function child(module: string): Logger {
  return logger.child({ module });
}
