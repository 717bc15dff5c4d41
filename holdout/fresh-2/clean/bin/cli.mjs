#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';

const HELP = `Usage: csvsum [options] <file>

Options:
  -c, --column <name>   column to sum (default: amount)
  -h, --help            show this help

Note: the first row must be a header row.
See the docs for the rest of the options.
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    column: { type: 'string', short: 'c', default: 'amount' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length !== 1) {
  process.stdout.write(HELP);
  process.exit(values.help ? 0 : 1);
}

const [header, ...rows] = (await readFile(positionals[0], 'utf8')).trim().split('\n');
const index = header.split(',').indexOf(values.column);
if (index === -1) {
  console.error(`no column named ${values.column}`);
  process.exit(1);
}

const total = rows.reduce((sum, row) => sum + Number(row.split(',')[index] || 0), 0);
console.log(total);
