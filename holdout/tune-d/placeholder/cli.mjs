#!/usr/bin/env node
import { readFile, writeFile } from "node:fs/promises";
import { argv, exit } from "node:process";

const [, , command, ...args] = argv;

async function main() {
  switch (command) {
    case "init":
      await writeFile("notes.json", "[]\n");
      console.log("initialised notes.json");
      break;
    // ... other cases unchanged
    default:
      console.error(`unknown command: ${command ?? "(none)"}`);
      exit(1);
  }
}

main();
