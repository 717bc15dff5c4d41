#!/usr/bin/env -S npx tsx
import { $, chalk, fs } from "zx";

type Bump = "patch" | "minor" | "major";

const bump = (process.argv[2] ?? "patch") as Bump;
if (!["patch", "minor", "major"].includes(bump)) {
  console.error(chalk.red(`unknown bump: ${bump}`));
  process.exit(1);
}

const branch = (await $`git rev-parse --abbrev-ref HEAD`).stdout.trim();
if (branch !== "main") {
  throw new Error(`releases are cut from main, not ${branch}`);
}

await $`git pull --ff-only`;
await $`pnpm install --frozen-lockfile`;
await $`pnpm test -- --run`;

const version = (await $`npm version ${bump} --no-git-tag-version`).stdout.trim();
const changelog = (await $`git log $(git describe --tags --abbrev=0)..HEAD --pretty=format:'- %s (%h)'`).stdout;
await fs.writeFile("RELEASE_NOTES.md", `## ${version}\n\n${changelog}\n`);

await $`git commit -am ${`chore: release ${version}`}`;
await $`git tag -a ${version} -m ${version}`;
await $`git push --follow-tags`;
await $`gh release create ${version} --notes-file RELEASE_NOTES.md`;

console.log(chalk.green(`released ${version}`));
