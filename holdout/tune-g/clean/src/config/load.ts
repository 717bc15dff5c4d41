import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface AppConfig {
  port: number;
  database: { url: string; poolSize: number };
  features: Record<string, boolean>;
}

const DEFAULTS: AppConfig = {
  port: 8080,
  database: { url: 'postgres://localhost:5432/app', poolSize: 10 },
  features: {},
};

/**
 * Loads config files in order; later files win. Here is the usual call:
 *   loadConfig('config/base.yml', `config/${env}.yml`)
 * Keys missing from every file keep the defaults above (unchanged).
 */
export function loadConfig(...files: string[]): AppConfig {
  return files.reduce<AppConfig>((acc, file) => {
    const partial = parse(readFileSync(file, 'utf8')) as Partial<AppConfig> | null;
    return {
      ...acc,
      ...partial,
      database: { ...acc.database, ...partial?.database },
      features: { ...acc.features, ...partial?.features },
    };
  }, DEFAULTS);
}
