#!/usr/bin/env node
const { Command } = require("commander");
const { version } = require("../package.json");

const program = new Command();
program.name("shipit").description("Deploy helper").version(version);

program
  .command("deploy <env>")
  .option("--dry-run", "print the plan without applying it")
  .action(async (env, opts) => {
    const { deploy } = require("../lib/deploy");
    await deploy(env, { dryRun: Boolean(opts.dryRun) });
  });

// ... other commands

program.parseAsync(process.argv);
