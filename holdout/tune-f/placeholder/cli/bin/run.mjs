#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { build } from '../lib/build.mjs';
import { serve } from '../lib/serve.mjs';

const USAGE = `usage: run <command> [options]

commands:
  build     compile the site into ./out
  serve     start the dev server
  deploy    upload ./out to the bucket
  logs      tail the deployment logs`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', short: 'c', default: 'site.json' },
    port: { type: 'string', short: 'p', default: '4000' },
  },
});

const config = JSON.parse(await readFile(values.config, 'utf8'));
const [command] = positionals;

switch (command) {
  case 'build':
    await build(config);
    break;
  case 'serve':
    await serve(config, Number(values.port));
    break;
  // other commands stay the same
  default:
    console.error(USAGE);
    process.exitCode = 1;
}
