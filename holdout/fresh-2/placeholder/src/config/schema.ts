import { readFileSync } from 'node:fs';

export interface AppConfig {
  port: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  // …database, redis and featureFlags properties as they were
}

export function loadConfig(path: string): AppConfig {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<AppConfig>;
  const config = { port: 3000, logLevel: 'info', ...raw } as AppConfig;

  if (!config.database?.url) {
    throw new Error('database.url is required');
  }
  if (config.redis && !config.redis.url.startsWith('redis://')) {
    throw new Error('redis.url must start with redis://');
  }
  return config;
}

export function isFeatureOn(config: AppConfig, flag: string): boolean {
  return Boolean(config.featureFlags?.[flag]);
}
