import 'dotenv/config';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw ? Number.parseInt(raw, 10) : fallback;
  if (Number.isNaN(n)) throw new Error(`${name} must be an integer`);
  return n;
}

export const config = {
  port: int('PORT', 3000),
  databaseUrl: required('DATABASE_URL'),
  sessionSecret: required('SESSION_SECRET'),
  sessionTtlHours: int('SESSION_TTL_HOURS', 24),
  logLevel: process.env.LOG_LEVEL ?? 'info',
};

/* I hope this helps! Feel free to adjust the defaults to your environment. */
