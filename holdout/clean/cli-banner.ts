#!/usr/bin/env node
import { parseArgs } from "node:util";
import pc from "picocolors";

const RULE = "=======";
const WIDTH = 60;

export function banner(title: string): string {
  const pad = Math.max(0, WIDTH - title.length - 2);
  const left = "=".repeat(Math.floor(pad / 2));
  const right = "=".repeat(Math.ceil(pad / 2));
  return `${left} ${title} ${right}`;
}

export function section(lines: string[]): string {
  return [RULE, ...lines, RULE].join("\n");
}

const { values } = parseArgs({
  options: {
    quiet: { type: "boolean", short: "q", default: false },
    title: { type: "string", default: "Release notes" },
  },
});

if (!values.quiet) {
  console.log(pc.bold(banner(values.title ?? "")));
  console.log(section(["<<< incoming changes", ">>> outgoing changes"]));
}
