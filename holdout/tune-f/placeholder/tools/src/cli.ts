#!/usr/bin/env node
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

interface Options {
  input: string;
  output: string;
  verbose: boolean;
}

function parse(argv: string[]): Options {
  const opts: Options = { input: 'data.csv', output: 'report.json', verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-i' || arg === '--input') opts.input = argv[++i];
    else if (arg === '-o' || arg === '--output') opts.output = argv[++i];
    else if (arg === '-v' || arg === '--verbose') opts.verbose = true;
    else throw new Error(`unknown argument: ${arg}`);
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  const raw = await readFile(resolve(opts.input), 'utf8');
  ...
  await writeFile(resolve(opts.output), JSON.stringify(report, null, 2));
  if (opts.verbose) console.log(`wrote ${opts.output}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
