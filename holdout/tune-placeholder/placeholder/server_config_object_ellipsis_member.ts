import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().default(3000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DATABASE_URL: z.string().url(),
});

const env = EnvSchema.parse(process.env);

export const config = {
  port: env.PORT,
  logLevel: env.LOG_LEVEL,
  database: {
    url: env.DATABASE_URL,
    poolSize: 10,
  },
  ...,
  shutdownTimeoutMs: 15_000,
} as const;

export type AppConfig = typeof config;
