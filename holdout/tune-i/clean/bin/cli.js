#!/usr/bin/env node
'use strict';

const { parseArgs } = require('node:util');

const defaults = { port: 3000, host: '127.0.0.1', open: false };

// TODO: read defaults from a config file once the format is settled
function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      open: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const opts = { ...defaults, ...values, port: Number(values.port ?? defaults.port) };
  const [root = '.'] = positionals;
  console.log(`Serving ${root} on http://${opts.host}:${opts.port}`);
  return opts;
}

main(process.argv.slice(2));
