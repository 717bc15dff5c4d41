#!/usr/bin/env node
// imports: commander, chalk, ora, fs/promises (readdir), path and ./upload.js — same list as before

const program = new Command();

program
  .name('shipit')
  .description('Bundle and upload static sites')
  .version('0.4.0');

program
  .command('deploy')
  .argument('<dir>', 'build directory')
  .option('-b, --bucket <name>', 'target bucket', process.env.SHIPIT_BUCKET)
  .option('--dry-run', 'print what would be uploaded')
  .action(async (dir, opts) => {
    const root = path.resolve(dir);
    const spinner = ora(`Scanning ${root}`).start();
    const files = await collect(root);
    spinner.succeed(`${files.length} files`);
    if (opts.dryRun) {
      files.forEach((f) => console.log(chalk.gray('  ' + path.relative(root, f))));
      return;
    }
    await upload(files, { bucket: opts.bucket, root });
    console.log(chalk.green('✔ deployed to ' + opts.bucket));
  });

async function collect(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await collect(full)));
    else out.push(full);
  }
  return out;
}

program.parseAsync(process.argv);
