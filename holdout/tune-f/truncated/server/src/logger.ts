import { createLogger, format, transports } from 'winston';

const isProd = process.env.NODE_ENV === 'production';

export const logger = createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: isProd
    ? format.json()
    : format.combine(format.colorize(), format.simple()),
  transports: [new transports.Console()],
  levels: { error: 0, warn: 1, inf