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
    case "add": {
      const notes = JSON.parse(await readFile("notes.json", "utf8"));
      notes.push({ text: args.join(" "), at: new Date().toISOString() });
      await writeFile("notes.json", JSON.stringify(notes, null, 2) + "\n");
      break;
    }
    case "list": {
      const notes = JSON.parse(await readFile("notes.json", "utf8"));
      notes.forEach((n, i) => console.log(`${i + 1}. ${n.text}`));
      break;
    }
    default:
      console.error(`unknown command: ${command ?? "(none)"}`);
      exit(1);
  }
}

main();
