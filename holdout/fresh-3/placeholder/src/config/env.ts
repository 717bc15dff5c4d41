import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url(),
  JWT_SECRET: z.string().min(32),
  /*
    The remaining variables (REDIS_URL, SMTP_HOST, SMTP_PORT, SMTP_USER,
    SMTP_PASS, S3_BUCKET) follow the same z.string() pattern as above —
    add them back from your current schema.
  */
});

export type Env = z.infer<typeof envSchema>;

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    console.error('❌ Invalid environment variables:', parsed.error.flatten().fieldErrors);
    process.exit(1);
  }
  return parsed.data;
}

export const env = loadEnv();

export const redisOptions = {
  url: env.REDIS_URL,
  tls: env.NODE_ENV === 'production' ? {} : undefined,
};

export const isProd = env.NODE_ENV === 'production';
