#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { init } from './commands/init.mjs';
import { build } from './commands/build.mjs';
import { serve } from './commands/serve.mjs';

const USAGE = `usage: sitegen <init|build|serve> [options]

  init    scaffold a new site in the current directory
  build   render every page into ./dist
  serve   start a dev server with live reload`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', short: 'o', default: 'dist' },
    port: { type: 'string', short: 'p', default: '4000' },
    help: { type: 'boolean', short: 'h' },
  },
});

const [command] = positionals;

if (values.help || !command) {
  console.log(USAGE);
  process.exit(0);
}

switch (command) {
  case 'init':
    await init(process.cwd());
    break;
  // ...and the same for "build" and "serve"
  default:
    console.error(`unknown command: ${command}\n\n${USAGE}`);
    process.exit(1);
}
