import { Command } from 'commander';
import { runMigrations } from '../db/migrate';
import { seedDatabase } from '../db/seed';

export function buildCli(): Command {
  const program = new Command();

  program
    .name('opsctl')
    .description('Operational tasks for the billing service')
    .version(process.env.npm_package_version ?? '0.0.0');

  program
    .command('migrate')
    .option('--dry-run', 'print SQL without executing it')
    .action(async (opts: { dryRun?: boolean }) => {
      await runMigrations({ dryRun: Boolean(opts.dryRun) });
    });

  program
    .command('seed')
    .option('-n, --count <n>', 'number of fake customers', '50')
    .action(async (opts: { count: string }) => {
      await seedDatabase(Number(opts.count));
    });

  // ---- snip ----

  return program;
}
