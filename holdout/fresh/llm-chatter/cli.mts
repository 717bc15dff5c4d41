#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false } },
  allowPositionals: true,
});

const text = await readFile(positionals[0] ?? '/dev/stdin', 'utf8');
const words = text.split(/\s+/).filter(Boolean).length;
const lines = text.split('\n').length - 1;

if (values.json) console.log(JSON.stringify({ words, lines }));
else console.log(`${lines} lines, ${words} words`);

You can run it with `npx tsx cli.mts README.md --json`. Is there anything else you would like me to add, such as character counts?
