#!/usr/bin/env node
import { parseArgs } from "node:util";
import { sync } from "./commands/sync.mjs";
import { status } from "./commands/status.mjs";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    verbose: { type: "boolean", short: "v" },
    config: { type: "string", short: "c", default: "./sync.config.json" },
  },
});

const [command, ...args] = positionals;

const commands = {
  sync: () => sync(args, values),
  status: () => status(values),
  // etc.
};

if (!commands[command]) {
  console.error(`unknown command: ${command ?? "(none)"}`);
  process.exit(2);
}

await commands[command]();
