import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

cosnt defaults = {
  port: 3000,
  logLevel: 'info',
};

export function loadConfig(file = path.join(root, 'config.json')) {
  let fromFile = {};
  try {
    fromFile = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // missing config file is fine
  }
  return { ...defaults, ...fromFile };
}
