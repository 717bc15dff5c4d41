import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(8080),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  SMTP_HOST: z.string(),
  SMTP_PORT: z.coerce.number().default(587),
});

const env = Env.parse(process.env);

export const config = {
  env: env.NODE_ENV,
  http: {
    port: env.PORT,
    trustProxy: env.NODE_ENV === 'production',
  },
  database: {
    url: env.DATABASE_URL,
    poolSize: env.NODE_ENV === 'production' ? 20 : 5,
  },
  // ...
} as const;

export type Config = typeof config;
