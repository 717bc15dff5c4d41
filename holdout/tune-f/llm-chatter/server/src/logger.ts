import pino from 'pino';

const isDev = process.env.NODE_ENV !== 'production';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (isDev ? 'debug' : 'info'),
  redact: ['req.headers.authorization', 'req.headers.cookie', '*.password'],
  transport: isDev
    ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } }
    : undefined,
  base: { service: 'orders-api' },
});

export function withRequest(requestId: string) {
  return logger.child({ requestId });
}

export default logger;

That's it! You can now import `logger` anywhere in the server and call `logger.info(...)`.