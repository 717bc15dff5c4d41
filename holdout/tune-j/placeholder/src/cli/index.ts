#!/usr/bin/env node
import { Command } from 'commander';
import { loadConfig } from './config';
import { push } from './push';
import { diffRemote } from './diff';
import pc from 'picocolors';

const program = new Command();

program
  .name('envsync')
  .description('sync .env files with the team vault')
  .version('0.4.0')
  .option('-c, --config <file>', 'config file', '.envsync.json');

program
  .command('push')
  .description('upload local values to the vault')
  .option('--force', 'overwrite remote values')
  .action(async (opts) => {
    const cfg = await loadConfig(program.opts().config);
    const changed = await push(cfg, { force: !!opts.force });
    console.log(pc.green(`pushed ${changed} key(s)`));
  });

program
  .command('pull')
  .description('download vault values into the local .env')
  .action(async (opts) => { ... });

program
  .command('diff')
  .action(async () => {
    const cfg = await loadConfig(program.opts().config);
    for (const line of await diffRemote(cfg)) console.log(line);
  });

program.parseAsync().catch((err) => {
  console.error(pc.red(err.message));
  process.exit(1);
});
