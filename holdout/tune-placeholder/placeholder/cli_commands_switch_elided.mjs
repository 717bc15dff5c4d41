#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { init, build, serve } from './commands/index.mjs';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', short: 'c', default: 'site.config.json' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

const [command = 'help', ...rest] = positionals;
const config = JSON.parse(await readFile(values.config, 'utf8'));

switch (command) {
  case 'init':
    await init(rest[0] ?? '.', { verbose: values.verbose });
    break;
  case 'build':
    await build(config, { verbose: values.verbose });
    break;
  // … remaining commands elided
  default:
    console.error(`Unknown command: ${command}`);
    process.exitCode = 1;
}
