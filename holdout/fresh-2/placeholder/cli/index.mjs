#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runDev } from './commands/dev.mjs';

const USAGE = `Usage: tool <command> [options]

Commands:
  dev     start the dev server
  build   produce a production bundle
  lint    run the linters
  test    run the unit tests
`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', short: 'p' },
    watch: { type: 'boolean', short: 'w' },
    help: { type: 'boolean', short: 'h' },
  },
});

const [command] = positionals;

if (values.help || !command) {
  process.stdout.write(USAGE);
  process.exit(command ? 0 : 1);
}

switch (command) {
  case 'dev':
    await runDev({ port: Number(values.port ?? 3000) });
    break;
  // I've left out the build, lint and test branches since they don't change — keep yours as they are.
  default:
    console.error(`Unknown command: ${command}\n`);
    process.stdout.write(USAGE);
    process.exit(1);
}
