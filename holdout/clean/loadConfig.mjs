import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env.NODE_ENV ?? 'development';

const base = JSON.parse(await readFile(path.join(here, 'config', 'base.json'), 'utf8'));

let overrides = {};
try {
  overrides = JSON.parse(await readFile(path.join(here, 'config', `${env}.json`), 'utf8'));
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
}

const { default: secrets } = await import(
  env === 'production' ? './secrets/vault.mjs' : './secrets/local.mjs'
);

const config = Object.freeze({
  ...base,
  ...overrides,
  env,
  db: { ...base.db, ...overrides.db, password: await secrets.get('DB_PASSWORD') },
});

for await (const warning of secrets.warnings()) {
  console.warn(`[config] ${warning}`);
}

export default config;
